package org.mediation.synthesis.national;

import java.util.List;
import java.util.Optional;
import org.mediation.platform.export.CsvDownload;
import org.mediation.platform.web.Expensive;
import org.mediation.platform.web.Paging;
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

/**
 * National figures for the national office and operators: live, at an instant, as CSV, and their sources (the
 * regional days and the contributions they count).
 */
@RestController
@RequestMapping("/api/national")
class NationalController {

    private final LiveNationalAggregate live;
    private final PointInTime pointInTime;
    private final Lineage lineage;
    private final RegionalDayListing listing;

    NationalController(
            LiveNationalAggregate live, PointInTime pointInTime, Lineage lineage, RegionalDayListing listing) {
        this.live = live;
        this.pointInTime = pointInTime;
        this.lineage = lineage;
        this.listing = listing;
    }

    @GetMapping("/aggregate")
    NationalAggregate aggregate(@AuthenticationPrincipal Jwt jwt) {
        Access.of(jwt).requireNational();
        return live.current();
    }

    /** The aggregate as it stood at an instant: folded from the history, so limited as the other expensive reads. */
    @RateLimited
    @Expensive
    @GetMapping(value = "/aggregate", params = "asOf")
    NationalAggregate aggregateAsOf(@AuthenticationPrincipal Jwt jwt, @RequestParam String asOf) {
        return aggregate(jwt, Optional.of(asOf));
    }

    private NationalAggregate aggregate(Jwt jwt, Optional<String> asOf) {
        Access.of(jwt).requireNational();
        return asOf.map(AsOf::parse).map(pointInTime::aggregateAt).orElseGet(live::current);
    }

    @RateLimited
    @Expensive
    @GetMapping(value = "/aggregate.csv", produces = CsvDownload.MEDIA_TYPE)
    ResponseEntity<byte[]> aggregateCsv(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam Optional<String> asOf,
            @RequestParam(defaultValue = "false") boolean excel) {
        return CsvDownload.of(AggregateCsv.of(aggregate(jwt, asOf)), "national-aggregate.csv", excel);
    }

    /** The regional days counted nationally (of one region with {@code region}), by date, a page at a time. */
    @GetMapping("/regional-days")
    ResponseEntity<List<DaySummary>> regionalDays(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam Optional<String> region,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageHeaders.DEFAULT_SIZE) int size) {
        Access.of(jwt).requireNational();
        Paging paging = Paging.of(page, size, PageHeaders.MAX_SIZE);
        RegionalDayListing.Page days = listing.page(region, paging);
        return ResponseEntity.ok().headers(PageHeaders.of(paging, days.total())).body(days.days());
    }

    /** The contributions a theme's figures count, with their sources, a page at a time. */
    @RateLimited
    @Expensive
    @GetMapping("/themes/{themeCode}/contributions")
    ResponseEntity<List<LineageEntry>> contributions(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String themeCode,
            @RequestParam Optional<String> kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageHeaders.DEFAULT_SIZE) int size) {
        Access.of(jwt).requireNational();
        Paging paging = Paging.of(page, size, PageHeaders.MAX_SIZE);
        kind.filter(k -> !Contribution.KINDS.contains(k)).ifPresent(k -> {
            throw new IllegalArgumentException("kind must be one of " + Contribution.KINDS + ", not '" + k + "'");
        });
        if (!live.current().themes().containsKey(themeCode)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No theme '" + themeCode + "' is known.");
        }
        List<LineageEntry> entries = lineage.of(themeCode, kind);
        List<LineageEntry> onPage = entries.subList(
                Math.min(paging.skip(), entries.size()), Math.min(paging.skip() + paging.size(), entries.size()));
        return ResponseEntity.ok()
                .headers(PageHeaders.of(paging, entries.size()))
                .body(onPage);
    }
}
