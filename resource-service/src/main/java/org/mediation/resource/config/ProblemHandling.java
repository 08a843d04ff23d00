package org.mediation.resource.config;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.mediation.resource.catalogue.command.NotTheOriginRegion;
import org.mediation.resource.catalogue.command.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal as {@code application/problem+json}: 400 bad input, 403, 404, 409 broken rule. */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation e) {
        return problem(HttpStatus.CONFLICT, "Rule violated", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknown(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "No such resource.");
    }

    @ExceptionHandler(NotTheOriginRegion.class)
    ProblemDetail notOrigin(NotTheOriginRegion e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
