package org.mediation.resource.config;

import static org.mediation.platform.web.ProblemResponses.problem;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.mediation.resource.catalogue.command.NotTheOriginRegion;
import org.mediation.resource.catalogue.command.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The platform's problem documents, plus this context's: 409 broken rule, 404 unknown resource, 403 not the origin. */
@RestControllerAdvice
class ProblemHandling extends org.mediation.platform.web.ProblemHandling {

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation e) {
        return problem(HttpStatus.CONFLICT, "Rule violated", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknown(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "No such resource.");
    }

    @ExceptionHandler(NotTheOriginRegion.class)
    ProblemDetail notOrigin(NotTheOriginRegion e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }
}
