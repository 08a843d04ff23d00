package org.mediation.registration.regionalday.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.platform.web.Paging;
import org.mediation.registration.access.Access;
import org.mediation.registration.regionalday.api.ChangeCapacity;
import org.mediation.registration.regionalday.api.CloseRegistration;
import org.mediation.registration.regionalday.api.CloseSelfRegistration;
import org.mediation.registration.regionalday.api.OpenRegistration;
import org.mediation.registration.regionalday.api.OpenSelfRegistration;
import org.mediation.registration.regionalday.api.ScheduleRegionalDay;
import org.mediation.registration.regionalday.command.Region;
import org.mediation.registration.regionalday.query.RegionalDayView;
import org.mediation.registration.regionalday.query.RegionalDayViews;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Regional days: scheduled, opened, closed, resized and their public page opened or closed by their regional team;
 * days and counts readable nationally.
 */
@RestController
@RequestMapping("/api/regional-days")
class RegionalDayController {

    static final int MAX_PAGE_SIZE = 500;

    private final CommandGateway commands;
    private final RegionalDayViews views;
    private final DayAccess access;
    private final Clock clock;

    RegionalDayController(CommandGateway commands, RegionalDayViews views, DayAccess access, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<RegionalDayView> schedule(
            @AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ScheduleRegionalDayRequest request) {
        Region region = Region.of(request.region());
        Access.of(jwt).requireRegionalTeamOf(region.code());
        String dayId = UUID.randomUUID().toString();
        commands.sendAndWait(new ScheduleRegionalDay(
                dayId, region.code(), request.title(), request.date(), request.venue(), request.capacity()));
        return ResponseEntity.created(URI.create("/api/regional-days/" + dayId)).body(access.existing(dayId));
    }

    /** The region's days by date, {@code size} at a time (at most and by default {@value #MAX_PAGE_SIZE}). */
    @GetMapping
    List<RegionalDayView> inRegion(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam String region,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + MAX_PAGE_SIZE) int size) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        Access.of(jwt).requireReaderOf(Region.of(region).code());
        return views.inRegion(region, paging);
    }

    @GetMapping("/{dayId}")
    RegionalDayView day(@AuthenticationPrincipal Jwt jwt, @PathVariable String dayId) {
        return access.forReading(jwt, dayId);
    }

    @PostMapping("/{dayId}/open")
    RegionalDayView open(@AuthenticationPrincipal Jwt jwt, @PathVariable String dayId) {
        access.forTeam(jwt, dayId);
        commands.sendAndWait(new OpenRegistration(dayId));
        return access.existing(dayId);
    }

    @PostMapping("/{dayId}/close")
    RegionalDayView close(@AuthenticationPrincipal Jwt jwt, @PathVariable String dayId) {
        access.forTeam(jwt, dayId);
        commands.sendAndWait(new CloseRegistration(dayId));
        return access.existing(dayId);
    }

    /** People may register themselves on the public page, until the end of {@code closesOn} or of the day. */
    @PostMapping("/{dayId}/self-registration/open")
    RegionalDayView openSelfRegistration(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @RequestBody(required = false) OpenSelfRegistrationRequest request) {
        access.forTeam(jwt, dayId);
        LocalDate closesOn = request == null ? null : request.closesOn();
        commands.sendAndWait(new OpenSelfRegistration(dayId, closesOn, LocalDate.now(clock)));
        return access.existing(dayId);
    }

    @PostMapping("/{dayId}/self-registration/close")
    RegionalDayView closeSelfRegistration(@AuthenticationPrincipal Jwt jwt, @PathVariable String dayId) {
        access.forTeam(jwt, dayId);
        commands.sendAndWait(new CloseSelfRegistration(dayId));
        return access.existing(dayId);
    }

    @PutMapping("/{dayId}/capacity")
    RegionalDayView changeCapacity(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @Valid @RequestBody ChangeCapacityRequest request) {
        access.forTeam(jwt, dayId);
        commands.sendAndWait(new ChangeCapacity(dayId, request.capacity()));
        return access.existing(dayId);
    }
}
