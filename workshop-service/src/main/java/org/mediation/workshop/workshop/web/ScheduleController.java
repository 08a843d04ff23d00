package org.mediation.workshop.workshop.web;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.workshop.programme.api.ScheduleWorkshop;
import org.mediation.workshop.programme.command.RoomTaken;
import org.mediation.workshop.workshop.query.WorkshopView;
import org.mediation.workshop.workshop.query.WorkshopViews;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A workshop's times and room in its day's programme: the regional team of its region. */
@RestController
class ScheduleController {

    private final CommandGateway commands;
    private final WorkshopAccess access;
    private final WorkshopViews views;

    ScheduleController(CommandGateway commands, WorkshopAccess access, WorkshopViews views) {
        this.commands = commands;
        this.access = access;
        this.views = views;
    }

    /** Replaces the workshop's schedule (its previous slot is freed); {@code {}} takes it out of the timetable. */
    @PutMapping("/api/workshops/{workshopId}/schedule")
    WorkshopView schedule(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String workshopId,
            @Valid @RequestBody ScheduleRequest request) {
        WorkshopView workshop = access.toPlan(jwt, workshopId);
        try {
            commands.sendAndWait(new ScheduleWorkshop(
                    workshop.regionalDayId(), workshopId, request.startsAt(), request.endsAt(), request.room()));
        } catch (RoomTaken taken) {
            throw views.find(taken.heldBy())
                    .map(held -> taken.naming(held.title()))
                    .orElse(taken);
        }
        return access.find(workshopId);
    }
}
