package org.mediation.synthesis.restitution;

import java.util.Optional;
import org.mediation.platform.web.RateLimited;
import org.mediation.synthesis.access.Access;
import org.mediation.synthesis.document.HtmlDocument;
import org.mediation.synthesis.document.PdfDocument;
import org.mediation.synthesis.national.AsOf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/national/restitution?from=&to=[&asOf=]}: the national restitution for the national office and
 * operators, as JSON, or by {@code Accept} as markdown, an HTML page or a PDF (laid out from that page).
 */
@RestController
@RequestMapping("/api/national/restitution")
class RestitutionController {

    static final String MARKDOWN = "text/markdown;charset=UTF-8";

    private final RestitutionSource source;

    RestitutionController(RestitutionSource source) {
        this.source = source;
    }

    @RateLimited
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Restitution json(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam Optional<String> asOf) {
        Access.of(jwt).requireNational();
        return source.of(Period.of(from, to), asOf.map(AsOf::parse));
    }

    @RateLimited
    @GetMapping(produces = MARKDOWN)
    String markdown(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam Optional<String> asOf) {
        return RestitutionMarkdown.of(json(jwt, from, to, asOf));
    }

    @RateLimited
    @GetMapping(produces = HtmlDocument.MEDIA_TYPE)
    String html(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam Optional<String> asOf) {
        return page(json(jwt, from, to, asOf));
    }

    @RateLimited
    @GetMapping(produces = PdfDocument.MEDIA_TYPE)
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam Optional<String> asOf) {
        Restitution restitution = json(jwt, from, to, asOf);
        String filename = "restitution-" + restitution.from() + "-" + restitution.to() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(PdfDocument.of(page(restitution)));
    }

    private static String page(Restitution restitution) {
        return HtmlDocument.page(RestitutionMarkdown.title(restitution), RestitutionMarkdown.of(restitution));
    }
}
