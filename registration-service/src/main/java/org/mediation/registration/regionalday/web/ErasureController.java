package org.mediation.registration.regionalday.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.registration.personaldata.PersonalDataAudit;
import org.mediation.registration.personaldata.PersonalDataCipher;
import org.mediation.registration.regionalday.api.ErasePersonalData;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A participant's right to erasure, exercised by the day's regional team, and audited. */
@RestController
class ErasureController {

    private final CommandGateway commands;
    private final DayAccess access;
    private final RegistrationReads reads;
    private final PersonalDataCipher cipher;
    private final PersonalDataAudit audit;

    ErasureController(
            CommandGateway commands,
            DayAccess access,
            RegistrationReads reads,
            PersonalDataCipher cipher,
            PersonalDataAudit audit) {
        this.commands = commands;
        this.access = access;
        this.reads = reads;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Recorded in the day's history (and published as ids only), then the key is shredded. Repeating it is harmless. */
    @DeleteMapping("/api/regional-days/{dayId}/registrations/{registrationId}/personal-data")
    ResponseEntity<Void> erasePersonalData(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String dayId, @PathVariable String registrationId) {
        access.forTeam(jwt, dayId);
        reads.requireKnown(dayId, registrationId);
        commands.sendAndWait(new ErasePersonalData(dayId, registrationId));
        cipher.shred(registrationId);
        audit.erased(jwt.getSubject(), dayId, registrationId);
        return ResponseEntity.noContent().build();
    }
}
