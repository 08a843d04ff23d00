package org.mediation.registration.config;

import static org.mediation.platform.web.ProblemResponses.problem;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.mediation.registration.regionalday.command.RegistrationNotFound;
import org.mediation.registration.regionalday.command.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The platform's problem documents, plus this context's: 409 broken rule, 404 unknown day or registration. */
@RestControllerAdvice
class ProblemHandling extends org.mediation.platform.web.ProblemHandling {

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation e) {
        return problem(HttpStatus.CONFLICT, "Rule violated", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknown(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "No such regional day.");
    }

    @ExceptionHandler(RegistrationNotFound.class)
    ProblemDetail unknownRegistration(RegistrationNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }
}
