package org.mediation.synthesis.edition.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.mediation.synthesis.edition.api.EditionEvent;
import org.mediation.synthesis.edition.api.VersionPublished;
import org.springframework.stereotype.Component;

/** Keeps the editions' read model in the command's unit of work (subscribing): the draft, and each version once. */
@Component
@ProcessingGroup("edition-views")
class EditionProjection {

    private final Editions editions;

    EditionProjection(Editions editions) {
        this.editions = editions;
    }

    @EventHandler
    void on(EditionEvent event) {
        editions.apply(event);
        if (event instanceof VersionPublished published) {
            editions.keep(published.version());
        }
    }
}
