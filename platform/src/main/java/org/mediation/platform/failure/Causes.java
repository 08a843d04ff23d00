package org.mediation.platform.failure;

import java.util.Collection;

/** Whether a failure, or any of its causes, is of one of the given types (however deeply a framework wrapped it). */
public final class Causes {

    private Causes() {}

    public static boolean include(Throwable failure, Collection<Class<? extends Throwable>> types) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Throwable current = cause;
            if (types.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }
}
