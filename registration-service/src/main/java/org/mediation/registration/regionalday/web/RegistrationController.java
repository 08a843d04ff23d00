package org.mediation.registration.regionalday.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.registration.personaldata.EmailFingerprints;
import org.mediation.registration.personaldata.PersonalDataCipher;
import org.mediation.registration.regionalday.api.CancelRegistration;
import org.mediation.registration.regionalday.api.CheckInParticipant;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.api.RegisterParticipant;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.SealedPersonalData;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Registrations of one regional day: everything here is personal data, for the day's regional team only. */
@RestController
@RequestMapping("/api/regional-days/{dayId}")
class RegistrationController {

    private final CommandGateway commands;
    private final DayAccess access;
    private final RegistrationReads reads;
    private final PersonalDataCipher cipher;
    private final EmailFingerprints fingerprints;

    RegistrationController(
            CommandGateway commands,
            DayAccess access,
            RegistrationReads reads,
            PersonalDataCipher cipher,
            EmailFingerprints fingerprints) {
        this.commands = commands;
        this.access = access;
        this.reads = reads;
        this.cipher = cipher;
        this.fingerprints = fingerprints;
    }

    /** The personal data is sealed under a new key first; a refused registration shreds that key again. */
    @PostMapping("/registrations")
    ResponseEntity<RegistrationResponse> register(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @Valid @RequestBody RegisterParticipantRequest request) {
        access.forTeam(jwt, dayId);
        String registrationId = UUID.randomUUID().toString();
        PersonalData person = request.personalData();
        SealedPersonalData sealed = cipher.seal(registrationId, person);
        RegistrationStatus status;
        try {
            status = commands.sendAndWait(new RegisterParticipant(
                    dayId,
                    registrationId,
                    sealed,
                    fingerprints.of(dayId, person.email()),
                    request.category(),
                    request.organisation()));
        } catch (RuntimeException refused) {
            cipher.shred(registrationId);
            throw refused;
        }
        return ResponseEntity.created(URI.create("/api/regional-days/" + dayId + "/registrations/" + registrationId))
                .body(new RegistrationResponse(registrationId, dayId, status));
    }

    @GetMapping("/registrations")
    RegistrationPage registrations(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @RequestParam Optional<RegistrationStatus> status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        access.forTeam(jwt, dayId);
        return reads.page(dayId, status, page, size);
    }

    @GetMapping("/registrations/{registrationId}")
    RegistrationDetails registration(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String dayId, @PathVariable String registrationId) {
        access.forTeam(jwt, dayId);
        return reads.one(dayId, registrationId);
    }

    @PostMapping("/registrations/{registrationId}/cancel")
    RegistrationDetails cancel(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String dayId, @PathVariable String registrationId) {
        access.forTeam(jwt, dayId);
        reads.requireKnown(dayId, registrationId);
        commands.sendAndWait(new CancelRegistration(dayId, registrationId));
        return reads.one(dayId, registrationId);
    }

    /** A second check-in of the same person changes nothing and answers 200 again. */
    @PostMapping("/registrations/{registrationId}/check-in")
    RegistrationDetails checkIn(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String dayId, @PathVariable String registrationId) {
        access.forTeam(jwt, dayId);
        reads.requireKnown(dayId, registrationId);
        commands.sendAndWait(new CheckInParticipant(dayId, registrationId));
        return reads.one(dayId, registrationId);
    }
}
