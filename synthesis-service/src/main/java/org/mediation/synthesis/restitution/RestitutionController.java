package org.mediation.synthesis.restitution;

import java.util.Optional;
import org.mediation.platform.web.Expensive;
import org.mediation.platform.web.RateLimited;
import org.mediation.synthesis.access.Access;
import org.mediation.synthesis.document.DocumentForm;
import org.mediation.synthesis.national.AsOf;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/national/restitution?from=&to=[&asOf=]}: the national restitution for the national office and
 * operators, as JSON, or by {@code Accept} as markdown, an HTML page or a PDF laid out from that page. An expensive
 * read: a few at once per caller and in the service (the platform's bulkhead, 429 or 503 beyond).
 */
@RestController
class RestitutionController {

    private final RestitutionSource source;

    RestitutionController(RestitutionSource source) {
        this.source = source;
    }

    @RateLimited
    @Expensive
    @GetMapping("/api/national/restitution")
    ResponseEntity<Object> restitution(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam Optional<String> asOf,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Access.of(jwt).requireNational();
        Restitution restitution = source.of(Period.of(from, to), asOf.map(AsOf::parse));
        return DocumentForm.of(accept)
                .answer(
                        restitution,
                        RestitutionMarkdown.title(restitution),
                        () -> RestitutionMarkdown.of(restitution),
                        "restitution-" + restitution.from() + "-" + restitution.to() + ".pdf");
    }
}
