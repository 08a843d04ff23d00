package org.mediation.platform.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

/** Turns a context's access rule into a 403 problem when it does not hold. */
public final class Refusals {

    private Refusals() {}

    /** Operators' endpoints: anyone else gets a 403 saying {@code reason}. */
    public static void unlessOperator(Jwt jwt, String reason) {
        unless(Caller.of(jwt).has(Caller.OPERATOR), reason);
    }

    public static void unless(boolean allowed, String reason) {
        if (!allowed) {
            throw new AccessDeniedException(reason);
        }
    }
}
