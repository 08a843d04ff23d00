package org.mediation.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.AsyncHandlerInterceptor;

/**
 * The places of {@link Expensive} calls: per caller and in total. A call takes its places before the handler runs and
 * gives them back once its answer is complete (after an asynchronous answer's last dispatch, not when the request
 * thread is freed). Callers with no call in flight take no memory.
 */
class Bulkhead implements AsyncHandlerInterceptor {

    static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final String HELD = Bulkhead.class.getName() + ".caller";

    private final int perCaller;
    private final int inTotal;
    private final Semaphore places;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    Bulkhead(int perCaller, int inTotal) {
        this.perCaller = perCaller;
        this.inTotal = inTotal;
        this.places = new Semaphore(inTotal);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.hasMethodAnnotation(Expensive.class)
                || request.getAttribute(HELD) != null) {
            return true;
        }
        String caller = caller();
        if (!takePlaceOf(caller)) {
            throw new TooManyRequests(
                    "At most " + perCaller + " such requests at once per caller; try again when one is answered.",
                    RETRY_AFTER);
        }
        if (!places.tryAcquire()) {
            givePlaceOf(caller);
            throw new ServiceBusy(
                    "The service answers " + inTotal + " such requests at once; try again shortly.", RETRY_AFTER);
        }
        request.setAttribute(HELD, caller);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (request.getAttribute(HELD) instanceof String caller && !request.isAsyncStarted()) {
            request.removeAttribute(HELD);
            places.release();
            givePlaceOf(caller);
        }
    }

    private boolean takePlaceOf(String caller) {
        AtomicBoolean taken = new AtomicBoolean();
        inFlight.compute(caller, (name, calls) -> {
            int now = calls == null ? 0 : calls;
            taken.set(now < perCaller);
            return taken.get() ? now + 1 : now;
        });
        return taken.get();
    }

    private void givePlaceOf(String caller) {
        inFlight.computeIfPresent(caller, (name, calls) -> calls > 1 ? calls - 1 : null);
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
