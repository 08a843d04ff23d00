package org.mediation.registration.config;

import java.util.Map;
import org.mediation.registration.regionalday.command.RegistrationNotFound;
import org.mediation.registration.regionalday.command.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The platform's problem documents (an unknown day is its 404), plus this context's: 409 broken rule, 404 unknown registration. */
@RestControllerAdvice
class ProblemHandling extends org.mediation.platform.web.ProblemHandling {

    ProblemHandling() {
        super(Map.of(
                RuleViolation.class, new Refusal(HttpStatus.CONFLICT, "Rule violated"),
                RegistrationNotFound.class, new Refusal(HttpStatus.NOT_FOUND, "Not found")));
    }
}
