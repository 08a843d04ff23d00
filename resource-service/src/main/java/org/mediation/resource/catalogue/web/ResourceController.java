package org.mediation.resource.catalogue.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mediation.platform.web.Paging;
import org.mediation.resource.access.Access;
import org.mediation.resource.catalogue.api.PublishResource;
import org.mediation.resource.catalogue.api.ResourceKind;
import org.mediation.resource.catalogue.api.ReviseResource;
import org.mediation.resource.catalogue.api.ShareResource;
import org.mediation.resource.catalogue.api.WithdrawResource;
import org.mediation.resource.catalogue.query.ResourceSearch;
import org.mediation.resource.catalogue.query.ResourceViews;
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

@RestController
@RequestMapping("/api/resources")
class ResourceController {

    static final int MAX_PAGE = 100;

    private final CommandGateway commands;
    private final ResourceViews views;
    private final Clock clock;
    private final CatalogueThemes themes;

    ResourceController(CommandGateway commands, ResourceViews views, Clock clock, CatalogueThemes themes) {
        this.commands = commands;
        this.views = views;
        this.clock = clock;
        this.themes = themes;
    }

    @PostMapping
    ResponseEntity<ResourceResponse> publish(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ResourceBody body) {
        Access caller = Access.of(jwt);
        String originRegion = caller.requireRegionalTeam();
        themes.require(body.themeCodes());
        String resourceId = UUID.randomUUID().toString();
        commands.sendAndWait(new PublishResource(resourceId, originRegion, body.details()));
        return ResponseEntity.created(URI.create("/api/resources/" + resourceId))
                .body(readable(resourceId, caller));
    }

    @PutMapping("/{resourceId}")
    ResourceResponse revise(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String resourceId, @Valid @RequestBody ResourceBody body) {
        Access caller = writer(jwt, resourceId);
        themes.require(body.themeCodes());
        commands.sendAndWait(new ReviseResource(resourceId, caller.region(), body.details()));
        return readable(resourceId, caller);
    }

    @PostMapping("/{resourceId}/withdraw")
    ResourceResponse withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable String resourceId) {
        Access caller = writer(jwt, resourceId);
        commands.sendAndWait(new WithdrawResource(resourceId, caller.region(), LocalDate.now(clock)));
        return readable(resourceId, caller);
    }

    @PostMapping("/{resourceId}/share")
    ResourceResponse share(@AuthenticationPrincipal Jwt jwt, @PathVariable String resourceId) {
        Access caller = writer(jwt, resourceId);
        commands.sendAndWait(new ShareResource(resourceId, caller.region()));
        return readable(resourceId, caller);
    }

    @GetMapping
    ResourcePageResponse search(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) String themeCode,
            @RequestParam(required = false) ResourceKind kind,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean includeWithdrawn,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (themeCode != null) {
            themes.require(List.of(themeCode));
        }
        ResourceSearch search = new ResourceSearch(themeCode, kind, q, includeWithdrawn);
        Access caller = Access.of(jwt);
        return ResourcePageResponse.of(views.search(search, caller, Paging.of(page, size, MAX_PAGE)), caller);
    }

    @GetMapping("/{resourceId}")
    ResourceResponse resource(@AuthenticationPrincipal Jwt jwt, @PathVariable String resourceId) {
        return readable(resourceId, Access.of(jwt));
    }

    /** A regional team that can see the resource; whether it is its origin region is the aggregate's rule. */
    private Access writer(Jwt jwt, String resourceId) {
        Access caller = Access.of(jwt);
        readable(resourceId, caller);
        caller.requireRegionalTeam();
        return caller;
    }

    private ResourceResponse readable(String resourceId, Access caller) {
        return views.find(resourceId, caller)
                .map(view -> ResourceResponse.of(view, caller))
                .orElseThrow(() -> new UnknownResource(resourceId));
    }
}
