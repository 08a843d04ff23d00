package org.mediation.synthesis.regional;

import org.mediation.platform.export.CsvDownload;
import org.mediation.platform.web.RateLimited;
import org.mediation.synthesis.access.Access;
import org.mediation.synthesis.catalogue.Catalogue;
import org.mediation.synthesis.catalogue.ThemeCatalogue;
import org.mediation.synthesis.document.HtmlDocument;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The synthesis of one regional day: JSON, a French document ({@code Accept: text/markdown}, or rendered as a page
 * with {@code Accept: text/html}) or CSV. Readable by that
 * region's team, the national office and operators; another region's team gets 403.
 */
@RestController
@RequestMapping("/api/regional-days/{dayId}")
class RegionalSynthesisController {

    static final String MARKDOWN = "text/markdown;charset=UTF-8";

    private final RegionalProjections projections;
    private final Catalogue catalogue;
    private final ThemeCatalogue themes;

    RegionalSynthesisController(RegionalProjections projections, Catalogue catalogue, ThemeCatalogue themes) {
        this.projections = projections;
        this.catalogue = catalogue;
        this.themes = themes;
    }

    @GetMapping("/synthesis")
    ResponseEntity<?> synthesis(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        RegionalSynthesis synthesis = readableSynthesis(jwt, dayId);
        if (accept != null && accept.contains("text/markdown")) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(MARKDOWN))
                    .body(SynthesisMarkdown.of(synthesis));
        }
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(HtmlDocument.MEDIA_TYPE))
                    .body(HtmlDocument.page("Synthèse — " + synthesis.title(), SynthesisMarkdown.of(synthesis)));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(synthesis);
    }

    @RateLimited
    @GetMapping(value = "/synthesis.csv", produces = CsvDownload.MEDIA_TYPE)
    ResponseEntity<byte[]> synthesisCsv(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String dayId,
            @RequestParam(defaultValue = "false") boolean excel) {
        return CsvDownload.of(SynthesisCsv.of(readableSynthesis(jwt, dayId)), "synthesis-" + dayId + ".csv", excel);
    }

    private RegionalSynthesis readableSynthesis(Jwt jwt, String dayId) {
        RegionalProjection day = projections
                .find(dayId)
                .filter(RegionalProjection::known)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "No regional day " + dayId + " is known."));
        Access.of(jwt).requireReaderOf(day.region());
        return RegionalSynthesis.of(day, catalogue::find, themes.current());
    }
}
