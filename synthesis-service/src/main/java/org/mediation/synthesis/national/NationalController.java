package org.mediation.synthesis.national;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mediation.platform.export.CsvDownload;
import org.mediation.platform.web.RateLimited;
import org.mediation.synthesis.access.Access;
import org.mediation.synthesis.regional.Contribution;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** National figures for the national office and operators: live, at an instant, as CSV, and their sources. */
@RestController
@RequestMapping("/api/national")
class NationalController {

    private final LiveNationalAggregate live;
    private final PointInTime pointInTime;
    private final Lineage lineage;

    NationalController(LiveNationalAggregate live, PointInTime pointInTime, Lineage lineage) {
        this.live = live;
        this.pointInTime = pointInTime;
        this.lineage = lineage;
    }

    @RateLimited(whenParameter = "asOf")
    @GetMapping("/aggregate")
    NationalAggregate aggregate(@AuthenticationPrincipal Jwt jwt, @RequestParam Optional<String> asOf) {
        Access.of(jwt).requireNational();
        return asOf.map(NationalController::instant)
                .map(pointInTime::aggregateAt)
                .orElseGet(live::current);
    }

    @RateLimited
    @GetMapping(value = "/aggregate.csv", produces = CsvDownload.MEDIA_TYPE)
    ResponseEntity<byte[]> aggregateCsv(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam Optional<String> asOf,
            @RequestParam(defaultValue = "false") boolean excel) {
        return CsvDownload.of(AggregateCsv.of(aggregate(jwt, asOf)), "national-aggregate.csv", excel);
    }

    @RateLimited
    @GetMapping("/themes/{themeCode}/contributions")
    List<LineageEntry> contributions(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String themeCode, @RequestParam Optional<String> kind) {
        Access.of(jwt).requireNational();
        kind.filter(k -> !Contribution.KINDS.contains(k)).ifPresent(k -> {
            throw new IllegalArgumentException("kind must be one of " + Contribution.KINDS + ", not '" + k + "'");
        });
        if (!live.current().themes().containsKey(themeCode)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No theme '" + themeCode + "' is known.");
        }
        return lineage.of(themeCode, kind);
    }

    private static Instant instant(String asOf) {
        try {
            return Instant.parse(asOf);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "asOf must be an ISO-8601 instant such as 2019-12-04T18:00:00Z, not '" + asOf + "'");
        }
    }
}
