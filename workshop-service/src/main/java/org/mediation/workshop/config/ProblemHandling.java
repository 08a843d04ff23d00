package org.mediation.workshop.config;

import static org.mediation.platform.web.ProblemResponses.problem;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.mediation.workshop.workshop.command.RuleViolation;
import org.mediation.workshop.workshop.command.UnknownContribution;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The platform's problem documents, plus this context's: 409 broken rule, 404 unknown workshop or contribution. */
@RestControllerAdvice
class ProblemHandling extends org.mediation.platform.web.ProblemHandling {

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation e) {
        return problem(HttpStatus.CONFLICT, "Rule violated", e.getMessage());
    }

    @ExceptionHandler(UnknownContribution.class)
    ProblemDetail unknownContribution(UnknownContribution e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknown(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "No such workshop.");
    }
}
