package org.mediation.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.mediation.platform.web.PublicSubmissionSettings.Allowance;

/**
 * Bounds what anyone may submit without signing in: one Bucket4j token bucket per client address and one per target
 * (a regional day), each over its allowance answering 429 with {@code Retry-After}; an allowance comes back whole
 * at the end of its period, so no more than it is ever taken within one. The address is the request's
 * remote address (behind a reverse proxy, {@code server.forward-headers-strategy} says whose). Buckets live in
 * bounded caches that forget an address once its period has passed unused, so many addresses cannot fill the memory.
 */
public class PublicSubmissions {

    private static final long REMEMBERED = 100_000;

    private final Allowance perAddress;
    private final Allowance perTarget;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> targets;

    PublicSubmissions(PublicSubmissionSettings settings) {
        this.perAddress = settings.perAddress();
        this.perTarget = settings.perTarget();
        this.addresses = buckets(perAddress);
        this.targets = buckets(perTarget);
    }

    /** Takes one submission to {@code target} from the request's address, or throws {@link TooManyRequests}. */
    public void admit(HttpServletRequest request, String target) {
        take(addresses.get(request.getRemoteAddr(), address -> bucket(perAddress)), perAddress, "from one address");
        take(targets.get(target, key -> bucket(perTarget)), perTarget, "to this form");
    }

    private static void take(Bucket bucket, Allowance allowance, String scope) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequests(
                    "At most " + allowance.count() + " submissions " + scope + " every " + allowance.period()
                            + "; try again later.",
                    Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static Cache<String, Bucket> buckets(Allowance allowance) {
        return Caffeine.newBuilder()
                .expireAfterAccess(allowance.period())
                .maximumSize(REMEMBERED)
                .build();
    }

    private static Bucket bucket(Allowance allowance) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(allowance.count())
                        .refillIntervally(allowance.count(), allowance.period())
                        .build())
                .build();
    }
}
