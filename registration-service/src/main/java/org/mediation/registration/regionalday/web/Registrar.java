package org.mediation.registration.regionalday.web;

import java.time.LocalDate;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.registration.personaldata.EmailFingerprints;
import org.mediation.registration.personaldata.PersonalDataCipher;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.api.RegisterParticipant;
import org.mediation.registration.regionalday.api.RegisterThemselves;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.SealedPersonalData;
import org.springframework.stereotype.Component;

/**
 * Registers a person, by their regional team or on the public page: the personal data is sealed under a new key
 * first, and a registration that is not made (refused, or an email already registered) shreds that key again.
 */
@Component
class Registrar {

    private final CommandGateway commands;
    private final PersonalDataCipher cipher;
    private final EmailFingerprints fingerprints;

    Registrar(CommandGateway commands, PersonalDataCipher cipher, EmailFingerprints fingerprints) {
        this.commands = commands;
        this.cipher = cipher;
        this.fingerprints = fingerprints;
    }

    RegistrationStatus byTheTeam(
            String dayId, String registrationId, PersonalData person, ParticipantCategory category) {
        return sealed(
                registrationId,
                person,
                data -> commands.sendAndWait(new RegisterParticipant(
                        dayId, registrationId, data, fingerprints.of(dayId, person.email()), category)));
    }

    /** Whether {@code registrationId} was registered (not when the email already was). */
    boolean themselves(
            String dayId, String registrationId, PersonalData person, ParticipantCategory category, LocalDate today) {
        boolean registered = sealed(
                registrationId,
                person,
                data -> commands.sendAndWait(new RegisterThemselves(
                        dayId, registrationId, data, fingerprints.of(dayId, person.email()), category, today)));
        if (!registered) {
            cipher.shred(registrationId);
        }
        return registered;
    }

    private <T> T sealed(String registrationId, PersonalData person, Function<SealedPersonalData, T> register) {
        SealedPersonalData data = cipher.seal(registrationId, person);
        try {
            return register.apply(data);
        } catch (RuntimeException refused) {
            cipher.shred(registrationId);
            throw refused;
        }
    }
}
