package org.mediation.resource.config;

import java.util.Map;
import org.mediation.resource.catalogue.command.NotTheOriginRegion;
import org.mediation.resource.catalogue.command.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The platform's problem documents (an unknown resource is its 404), plus this context's: 409 broken rule, 403 not the origin. */
@RestControllerAdvice
class ProblemHandling extends org.mediation.platform.web.ProblemHandling {

    ProblemHandling() {
        super(Map.of(
                RuleViolation.class, new Refusal(HttpStatus.CONFLICT, "Rule violated"),
                NotTheOriginRegion.class, new Refusal(HttpStatus.FORBIDDEN, "Forbidden")));
    }
}
