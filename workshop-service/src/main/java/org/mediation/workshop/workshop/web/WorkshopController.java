package org.mediation.workshop.workshop.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.platform.web.Paging;
import org.mediation.workshop.access.Access;
import org.mediation.workshop.workshop.api.AddSpeaker;
import org.mediation.workshop.workshop.api.AssignFacilitator;
import org.mediation.workshop.workshop.api.AssignRapporteur;
import org.mediation.workshop.workshop.api.EnrolParticipant;
import org.mediation.workshop.workshop.api.PlanWorkshop;
import org.mediation.workshop.workshop.api.RemoveFacilitator;
import org.mediation.workshop.workshop.api.RemoveSpeaker;
import org.mediation.workshop.workshop.command.RegionalDays;
import org.mediation.workshop.workshop.query.WorkshopView;
import org.mediation.workshop.workshop.query.WorkshopViews;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Planning a workshop (the regional team of its region) and reading workshops. */
@RestController
@RequestMapping("/api/workshops")
class WorkshopController {

    static final int MAX_PAGE = 10;

    private final CommandGateway commands;
    private final WorkshopViews views;
    private final WorkshopAccess access;
    private final RegionalDays regionalDays;

    WorkshopController(CommandGateway commands, WorkshopViews views, WorkshopAccess access, RegionalDays regionalDays) {
        this.commands = commands;
        this.views = views;
        this.access = access;
        this.regionalDays = regionalDays;
    }

    @PostMapping
    ResponseEntity<WorkshopView> plan(
            @AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PlanWorkshopRequest request) {
        String region = regionalDays
                .regionOf(request.regionalDayId())
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.CONFLICT, "regional day not known yet: " + request.regionalDayId()));
        Access.of(jwt).requireRegionalTeamOf(region);
        String workshopId = UUID.randomUUID().toString();
        commands.sendAndWait(new PlanWorkshop(
                workshopId, request.regionalDayId(), request.themeCode(), request.title(), request.capacity()));
        return ResponseEntity.created(URI.create("/api/workshops/" + workshopId))
                .body(access.find(workshopId));
    }

    /**
     * The workshops of a day by title, one page of at most {@value #MAX_PAGE}: the first page holds any real day's
     * programme (five workshops in Liévin), while a page of the largest workshops (500 contributions of 4000
     * characters) stays some tens of megabytes of heap.
     */
    @GetMapping
    List<WorkshopView> ofDay(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam String regionalDayId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + MAX_PAGE) int size) {
        Paging paging = Paging.of(page, size, MAX_PAGE);
        String region = regionalDays.regionOf(regionalDayId).orElseThrow(() -> new UnknownRegionalDay(regionalDayId));
        Access.of(jwt).requireReaderOf(region);
        return views.onDay(regionalDayId, paging);
    }

    @GetMapping("/{workshopId}")
    WorkshopView workshop(@AuthenticationPrincipal Jwt jwt, @PathVariable String workshopId) {
        return access.toRead(jwt, workshopId);
    }

    @PostMapping("/{workshopId}/facilitators")
    WorkshopView assignFacilitator(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String workshopId,
            @Valid @RequestBody PersonRequest request) {
        access.toPlan(jwt, workshopId);
        commands.sendAndWait(new AssignFacilitator(workshopId, newPersonId(), request.person()));
        return access.find(workshopId);
    }

    /** Forgets a facilitator: gone from the workshop and, by {@code workshop.FacilitatorRemoved.v1}, from synthesis. */
    @DeleteMapping("/{workshopId}/facilitators/{personId}")
    ResponseEntity<Void> removeFacilitator(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String workshopId, @PathVariable String personId) {
        access.toPlan(jwt, workshopId);
        commands.sendAndWait(new RemoveFacilitator(workshopId, personId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{workshopId}/speakers")
    WorkshopView addSpeaker(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String workshopId,
            @Valid @RequestBody PersonRequest request) {
        access.toPlan(jwt, workshopId);
        commands.sendAndWait(new AddSpeaker(workshopId, newPersonId(), request.person()));
        return access.find(workshopId);
    }

    @DeleteMapping("/{workshopId}/speakers/{personId}")
    ResponseEntity<Void> removeSpeaker(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String workshopId, @PathVariable String personId) {
        access.toPlan(jwt, workshopId);
        commands.sendAndWait(new RemoveSpeaker(workshopId, personId));
        return ResponseEntity.noContent().build();
    }

    private static String newPersonId() {
        return UUID.randomUUID().toString();
    }

    @PutMapping("/{workshopId}/rapporteur")
    WorkshopView assignRapporteur(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String workshopId,
            @Valid @RequestBody RapporteurRequest request) {
        access.toPlan(jwt, workshopId);
        commands.sendAndWait(new AssignRapporteur(workshopId, request.userId(), request.name()));
        return access.find(workshopId);
    }

    @PostMapping("/{workshopId}/enrolments")
    ResponseEntity<EnrolmentResponse> enrol(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String workshopId,
            @Valid @RequestBody EnrolmentRequest request) {
        access.toPlan(jwt, workshopId);
        commands.sendAndWait(new EnrolParticipant(workshopId, request.registrationId()));
        return ResponseEntity.created(
                        URI.create("/api/workshops/" + workshopId + "/enrolments/" + request.registrationId()))
                .body(new EnrolmentResponse(workshopId, request.registrationId()));
    }
}
