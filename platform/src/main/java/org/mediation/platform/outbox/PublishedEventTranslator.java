package org.mediation.platform.outbox;

import java.util.Optional;

/** A service's one outbound translator: which internal events leave it, and as what; the others stay inside. */
public interface PublishedEventTranslator {

    Optional<PublishedEvent> translate(Object internalEvent);
}
