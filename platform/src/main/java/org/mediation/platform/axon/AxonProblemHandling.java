package org.mediation.platform.axon;

import static org.mediation.platform.web.ProblemResponses.problem;

import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Axon's refusals as problem documents, asked before each service's own handling (whose catch-all would otherwise
 * answer first): a command for an aggregate the store does not hold is a 404 ({@code
 * regional-days.web.unknown-aggregate} says what the service calls it); two writers changing the same aggregate at
 * once (the store refused the second append) is a 409 the caller may retry, never a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AxonProblemHandling {

    private final String unknownAggregate;

    AxonProblemHandling(@Value("${regional-days.web.unknown-aggregate:No such aggregate.}") String unknownAggregate) {
        this.unknownAggregate = unknownAggregate;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknown(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", unknownAggregate);
    }

    /**
     * A command that could not finish in time (its unit of work timed out, the store not answering) may or may not
     * have been stored: the caller asks again, and gets its answer or a 409 saying it is already there.
     */
    @ExceptionHandler(AxonTimeoutException.class)
    ResponseEntity<ProblemDetail> timedOut(AxonTimeoutException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Service unavailable",
                        "The command did not finish in time (a store does not answer); try again shortly."));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header("Retry-After", "1")
                .body(problem(HttpStatus.CONFLICT, "Concurrent change", "It changed meanwhile; try again."));
    }
}
