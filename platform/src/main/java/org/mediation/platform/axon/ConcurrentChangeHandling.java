package org.mediation.platform.axon;

import static org.mediation.platform.web.ProblemResponses.problem;

import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Two writers changed the same aggregate at once (the event store refused the second append): a 409 the caller may
 * retry, never a 500. Asked before each service's own handling, whose catch-all would otherwise answer first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConcurrentChangeHandling {

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header("Retry-After", "1")
                .body(problem(HttpStatus.CONFLICT, "Concurrent change", "It changed meanwhile; try again."));
    }
}
