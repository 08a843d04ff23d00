package org.mediation.synthesis.national;

import java.time.Clock;
import java.time.Instant;
import org.mediation.synthesis.access.Caller;
import org.mediation.synthesis.regional.RegionalProjections;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/national")
class NationalController {

    private final RegionalProjections projections;
    private final Clock clock;

    NationalController(RegionalProjections projections, Clock clock) {
        this.projections = projections;
        this.clock = clock;
    }

    @GetMapping("/aggregate")
    NationalAggregate aggregate(@AuthenticationPrincipal Jwt jwt) {
        if (!Caller.of(jwt).isNational()) {
            throw new AccessDeniedException("National figures are for the national office and operators.");
        }
        return NationalAggregation.of(projections.all(), Instant.now(clock));
    }
}
