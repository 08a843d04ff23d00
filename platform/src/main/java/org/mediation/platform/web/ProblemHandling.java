package org.mediation.platform.web;

import static org.mediation.platform.web.ProblemResponses.problem;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as {@code application/problem+json}. Spring's base answers malformed JSON, validation and unknown
 * routes; this adds 400 bad input, 403, 413 oversize body, 429 and 503 with {@code Retry-After} for a caller over its
 * allowance or a service at its bulkhead's limit, 503 with {@code Retry-After} while MongoDB is away, and a
 * logged 500 without internals for the unforeseen, and each context's own refusals as its yml names them
 * ({@code regional-days.web.refusals}: exception class → {@code "409 Rule violated"}), so a domain exception needs no
 * web annotation and a service no handler class.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private final Map<Class<?>, Refusal> refusals;

    ProblemHandling(Map<Class<?>, Refusal> refusals) {
        this.refusals = Map.copyOf(refusals);
    }

    @ExceptionHandler({IllegalArgumentException.class, DateTimeParseException.class})
    ProblemDetail badInput(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(BodyTooLarge.class)
    ProblemDetail tooLarge(BodyTooLarge e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", e.getMessage());
    }

    /** A body sent without {@code Content-Length} that grew past the limit while it was read is a 413 too. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(e) instanceof BodyTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    @ExceptionHandler(RetryLater.class)
    ResponseEntity<ProblemDetail> retryLater(RetryLater e) {
        return ResponseEntity.status(e.status())
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .body(problem(e.status(), e.title(), e.getMessage()));
    }

    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class})
    ResponseEntity<ProblemDetail> storeAway(RuntimeException e) {
        log.warn("The store does not answer: {}", e.getMessage());
        // A command Axon interrupted after its timeout: the request thread goes back to the pool without the flag.
        Thread.interrupted();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Service unavailable",
                        "A store or the broker does not answer; try again shortly."));
    }

    /**
     * A context's refusal as it named it; a store or broker that does not answer, however wrapped (a command's
     * failure, an audit entry not anchored), is a 503; anything unforeseen is a logged 500 without internals.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        for (Class<?> type = e.getClass(); type != RuntimeException.class; type = type.getSuperclass()) {
            Refusal refusal = refusals.get(type);
            if (refusal != null) {
                return ResponseEntity.status(refusal.status())
                        .body(problem(refusal.status(), refusal.title(), e.getMessage()));
            }
        }
        if (DependencyAway.causes(e)) {
            return storeAway(e);
        }
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError()
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be answered."));
    }
}
