package org.mediation.resource.stand.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.platform.web.Paging;
import org.mediation.resource.access.Access;
import org.mediation.resource.catalogue.api.OfferResourceAtStand;
import org.mediation.resource.catalogue.api.RecordResourceRequest;
import org.mediation.resource.catalogue.query.ResourceView;
import org.mediation.resource.catalogue.query.ResourceViews;
import org.mediation.resource.catalogue.web.UnknownResource;
import org.mediation.resource.stand.query.KnownRegionalDay;
import org.mediation.resource.stand.query.KnownRegionalDays;
import org.mediation.resource.stand.query.KnownRegistration;
import org.mediation.resource.stand.query.KnownRegistrations;
import org.mediation.resource.stand.query.StandEntryView;
import org.mediation.resource.stand.query.StandViews;
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
@RequestMapping("/api/regional-days/{dayId}/stand")
class StandController {

    static final int MAX_PAGE = 100;

    private final CommandGateway commands;
    private final KnownRegionalDays days;
    private final KnownRegistrations registrations;
    private final ResourceViews resources;
    private final StandViews stands;

    StandController(
            CommandGateway commands,
            KnownRegionalDays days,
            KnownRegistrations registrations,
            ResourceViews resources,
            StandViews stands) {
        this.commands = commands;
        this.days = days;
        this.registrations = registrations;
        this.resources = resources;
        this.stands = stands;
    }

    @PostMapping
    ResponseEntity<StandEntryResponse> offer(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String dayId, @Valid @RequestBody OfferBody body) {
        Access caller = Access.of(jwt);
        KnownRegionalDay day = days.find(dayId).orElseThrow(() -> UnknownRegionalDay.onWrite(dayId));
        caller.requireRegionalTeamOf(day.region());
        ResourceView resource = visible(body.resourceId(), caller);
        commands.sendAndWait(new OfferResourceAtStand(resource.id(), dayId, day.region(), day.date()));
        return ResponseEntity.created(URI.create("/api/regional-days/" + dayId + "/stand"))
                .body(entryOf(resource, 0));
    }

    /**
     * The stand of a day, for that region's readers; of another region's resources, only the shared ones. One page of
     * at most {@value #MAX_PAGE} entries, by default the first, which holds a whole stand (a stand offers at most
     * 100 resources); a page leaves out what the caller may not see, so it may hold fewer than {@code size}.
     */
    @GetMapping
    List<StandEntryResponse> stand(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        Paging paging = Paging.of(page, size, MAX_PAGE);
        Access caller = Access.of(jwt);
        caller.requireReaderOf(days.find(dayId)
                .orElseThrow(() -> UnknownRegionalDay.onRead(dayId))
                .region());
        List<StandEntryView> entries = stands.ofDay(dayId, paging);
        Map<String, ResourceView> byId =
                resources
                        .findAll(
                                entries.stream().map(StandEntryView::resourceId).toList())
                        .stream()
                        .collect(Collectors.toMap(ResourceView::id, Function.identity()));
        return entries.stream()
                .filter(entry -> byId.containsKey(entry.resourceId()))
                .filter(entry -> caller.canSee(
                        byId.get(entry.resourceId()).originRegion(),
                        byId.get(entry.resourceId()).shared()))
                .map(entry -> entryOf(byId.get(entry.resourceId()), entry.requests()))
                .toList();
    }

    @PostMapping("/{resourceId}/requests")
    ResponseEntity<RequestResponse> request(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @PathVariable String resourceId,
            @Valid @RequestBody(required = false) RequestDetails body) {
        Access caller = Access.of(jwt);
        KnownRegionalDay day = days.find(dayId).orElseThrow(() -> UnknownRegionalDay.onWrite(dayId));
        caller.requireRegionalTeamOf(day.region());
        visible(resourceId, caller);
        String requestId = UUID.randomUUID().toString();
        String registrationId = body == null || body.registrationId() == null
                ? null
                : body.registrationId().toLowerCase(Locale.ROOT);
        if (registrationId != null) {
            requireCurrent(registrationId, dayId);
        }
        commands.sendAndWait(new RecordResourceRequest(resourceId, dayId, requestId, registrationId));
        return ResponseEntity.created(
                        URI.create("/api/regional-days/" + dayId + "/stand/" + resourceId + "/requests/" + requestId))
                .body(new RequestResponse(requestId, dayId, resourceId, registrationId));
    }

    private static StandEntryResponse entryOf(ResourceView resource, long requests) {
        return new StandEntryResponse(resource.id(), resource.title(), resource.kind(), requests);
    }

    /** A request names a registration of that day that is neither cancelled nor erased. */
    private void requireCurrent(String registrationId, String dayId) {
        KnownRegistration registration = registrations
                .ofDay(registrationId, dayId)
                .orElseThrow(() -> UnknownRegistration.notYet(registrationId, dayId));
        if (!registration.current()) {
            throw UnknownRegistration.noLonger(registrationId);
        }
    }

    private ResourceView visible(String resourceId, Access caller) {
        return resources.find(resourceId, caller).orElseThrow(() -> new UnknownResource(resourceId));
    }
}
