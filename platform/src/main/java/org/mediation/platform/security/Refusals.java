package org.mediation.platform.security;

import org.springframework.security.access.AccessDeniedException;

/** Turns a context's access rule into a 403 problem when it does not hold. */
public final class Refusals {

    private Refusals() {}

    public static void unless(boolean allowed, String reason) {
        if (!allowed) {
            throw new AccessDeniedException(reason);
        }
    }
}
