package org.mediation.registration.regionalday.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.platform.web.Paging;
import org.mediation.registration.personaldata.PersonalDataAudit;
import org.mediation.registration.regionalday.api.CancelRegistration;
import org.mediation.registration.regionalday.api.CheckInParticipant;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.UndoCheckIn;
import org.mediation.registration.regionalday.search.DeskQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registrations of one regional day, for its regional team only. Personal data is read deliberately: the list gives
 * it only with {@code personalData=true}, and every answer that opens it is audited; the answers to commands carry no
 * more of it than the caller sent.
 */
@RestController
@RequestMapping("/api/regional-days/{dayId}")
class RegistrationController {

    static final int MAX_PAGE_SIZE = 500;

    private final CommandGateway commands;
    private final DayAccess access;
    private final RegistrationReads reads;
    private final Registrar registrar;
    private final PersonalDataAudit audit;
    private final WelcomeDeskAnswers desk;

    RegistrationController(
            CommandGateway commands,
            DayAccess access,
            RegistrationReads reads,
            Registrar registrar,
            PersonalDataAudit audit,
            WelcomeDeskAnswers desk) {
        this.commands = commands;
        this.access = access;
        this.reads = reads;
        this.registrar = registrar;
        this.audit = audit;
        this.desk = desk;
    }

    /** Sealed first ({@link Registrar}). */
    @PostMapping("/registrations")
    ResponseEntity<RegistrationResponse> register(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @Valid @RequestBody RegisterParticipantRequest request) {
        access.forTeam(jwt, dayId);
        String registrationId = UUID.randomUUID().toString();
        RegistrationStatus status =
                registrar.byTheTeam(dayId, registrationId, request.personalData(), request.category());
        return ResponseEntity.created(URI.create("/api/regional-days/" + dayId + "/registrations/" + registrationId))
                .body(new RegistrationResponse(registrationId, dayId, status));
    }

    /**
     * Without personal data unless {@code personalData=true}; a page that opens some is audited. With {@code q}, the
     * welcome desk's search instead, with personal data ({@link WelcomeDeskAnswers}).
     */
    @GetMapping("/registrations")
    RegistrationPage<?> registrations(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @RequestParam Optional<RegistrationStatus> status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "false") boolean personalData,
            @RequestParam Optional<String> q) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        Optional<DeskQuery> query = q.map(DeskQuery::new);
        access.forTeam(jwt, dayId);
        if (query.isPresent()) {
            return desk.search(jwt, dayId, query.get());
        }
        if (!personalData) {
            return reads.summaries(dayId, status, paging);
        }
        RegistrationPage<RegistrationDetails> details = reads.details(dayId, status, paging);
        int opened = (int)
                details.items().stream().filter(RegistrationDetails::opened).count();
        if (opened > 0) {
            audit.registrationsListed(jwt.getSubject(), dayId, opened);
        }
        return details;
    }

    @GetMapping("/registrations/{registrationId}")
    RegistrationDetails registration(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String dayId, @PathVariable String registrationId) {
        access.forTeam(jwt, dayId);
        RegistrationDetails details = reads.one(dayId, registrationId);
        if (details.opened()) {
            audit.registrationRead(jwt.getSubject(), dayId, registrationId);
        }
        return details;
    }

    @PostMapping("/registrations/{registrationId}/cancel")
    RegistrationSummary cancel(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String dayId, @PathVariable String registrationId) {
        access.forTeam(jwt, dayId);
        reads.requireKnown(dayId, registrationId);
        commands.sendAndWait(new CancelRegistration(dayId, registrationId));
        return reads.summary(dayId, registrationId);
    }

    /** A second check-in of the same person changes nothing and answers 200 again. */
    @PostMapping("/registrations/{registrationId}/check-in")
    RegistrationSummary checkIn(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String dayId, @PathVariable String registrationId) {
        access.forTeam(jwt, dayId);
        reads.requireKnown(dayId, registrationId);
        commands.sendAndWait(new CheckInParticipant(dayId, registrationId));
        return reads.summary(dayId, registrationId);
    }

    /** Undoes a mistaken check-in; undoing one that does not stand changes nothing and answers 200 again. */
    @DeleteMapping("/registrations/{registrationId}/check-in")
    RegistrationSummary undoCheckIn(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String dayId, @PathVariable String registrationId) {
        access.forTeam(jwt, dayId);
        reads.requireKnown(dayId, registrationId);
        commands.sendAndWait(new UndoCheckIn(dayId, registrationId));
        return reads.summary(dayId, registrationId);
    }
}
