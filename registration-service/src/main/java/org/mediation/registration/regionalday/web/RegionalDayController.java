package org.mediation.registration.regionalday.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.registration.access.Caller;
import org.mediation.registration.regionalday.api.OpenRegistration;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.api.RegisterParticipant;
import org.mediation.registration.regionalday.api.RegistrationStatus;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/regional-days")
class RegionalDayController {

    private final CommandGateway commands;
    private final RegionalDayViews views;

    RegionalDayController(CommandGateway commands, RegionalDayViews views) {
        this.commands = commands;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<RegionalDayView> schedule(
            @AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ScheduleRegionalDayRequest request) {
        Region region = Region.of(request.region());
        Caller.of(jwt).requireRegionalTeamOf(region.code());
        String dayId = UUID.randomUUID().toString();
        commands.sendAndWait(new ScheduleRegionalDay(
                dayId, region.code(), request.title(), request.date(), request.venue(), request.capacity()));
        return ResponseEntity.created(URI.create("/api/regional-days/" + dayId)).body(readable(dayId));
    }

    @GetMapping
    List<RegionalDayView> inRegion(@AuthenticationPrincipal Jwt jwt, @RequestParam String region) {
        Caller.of(jwt).requireReaderOf(Region.of(region).code());
        return views.inRegion(region);
    }

    @GetMapping("/{dayId}")
    RegionalDayView day(@AuthenticationPrincipal Jwt jwt, @PathVariable String dayId) {
        RegionalDayView day = readable(dayId);
        Caller.of(jwt).requireReaderOf(day.region());
        return day;
    }

    @PostMapping("/{dayId}/open")
    RegionalDayView open(@AuthenticationPrincipal Jwt jwt, @PathVariable String dayId) {
        Caller.of(jwt).requireRegionalTeamOf(readable(dayId).region());
        commands.sendAndWait(new OpenRegistration(dayId));
        return readable(dayId);
    }

    @PostMapping("/{dayId}/registrations")
    ResponseEntity<RegistrationResponse> register(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @Valid @RequestBody RegisterParticipantRequest request) {
        Caller.of(jwt).requireRegionalTeamOf(readable(dayId).region());
        String registrationId = UUID.randomUUID().toString();
        RegistrationStatus status = commands.sendAndWait(new RegisterParticipant(
                dayId,
                registrationId,
                new PersonalData(request.firstName(), request.lastName(), request.email()),
                request.category(),
                request.organisation()));
        return ResponseEntity.created(URI.create("/api/regional-days/" + dayId + "/registrations/" + registrationId))
                .body(new RegistrationResponse(registrationId, dayId, status));
    }

    private RegionalDayView readable(String dayId) {
        return views.find(dayId).orElseThrow(() -> new UnknownRegionalDay(dayId));
    }
}
