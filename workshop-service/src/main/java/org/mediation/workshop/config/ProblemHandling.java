package org.mediation.workshop.config;

import java.util.Map;
import org.mediation.workshop.workshop.command.RuleViolation;
import org.mediation.workshop.workshop.command.UnknownContribution;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The platform's problem documents (an unknown workshop is its 404), plus this context's: 409 broken rule, 404 unknown contribution. */
@RestControllerAdvice
class ProblemHandling extends org.mediation.platform.web.ProblemHandling {

    ProblemHandling() {
        super(Map.of(
                RuleViolation.class, new Refusal(HttpStatus.CONFLICT, "Rule violated"),
                UnknownContribution.class, new Refusal(HttpStatus.NOT_FOUND, "Not found")));
    }
}
