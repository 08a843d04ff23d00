package org.mediation.platform.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** The allowance of {@link RateLimited} endpoints: one Bucket4j token bucket per caller and endpoint. */
class RateLimiting implements HandlerInterceptor {

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiting(int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !counts(method.getMethodAnnotation(RateLimited.class), request)) {
            return true;
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(caller() + " " + method.getMethod(), key -> bucket())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(
                    "At most " + perMinute + " such requests a minute; try again later.",
                    Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        return true;
    }

    private static boolean counts(RateLimited limit, HttpServletRequest request) {
        return limit != null
                && (limit.whenParameter().isEmpty() || request.getParameter(limit.whenParameter()) != null);
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private Bucket bucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
