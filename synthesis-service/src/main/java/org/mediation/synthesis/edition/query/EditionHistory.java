package org.mediation.synthesis.edition.query;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.mediation.synthesis.edition.api.EditionEvent;
import org.mediation.synthesis.edition.api.PublishedVersion;
import org.mediation.synthesis.edition.api.VersionPublished;
import org.mediation.synthesis.edition.command.EditionDraft;
import org.springframework.stereotype.Component;

/** The editions rebuilt from their own events in the event store, beside the live read model: what a replay swaps in. */
@Component
public class EditionHistory {

    private final EventStorageEngine storage;

    EditionHistory(EventStorageEngine storage) {
        this.storage = storage;
    }

    public Rebuilt rebuild() {
        Rebuilt rebuilt = new Rebuilt(new TreeMap<>(), new TreeMap<>());
        try (Stream<? extends EventMessage<?>> events = storage.readEvents(null, false)) {
            events.map(EventMessage::getPayload)
                    .filter(EditionEvent.class::isInstance)
                    .forEach(event -> rebuilt.apply((EditionEvent) event));
        }
        return rebuilt;
    }

    /** The drafts by edition and the published versions by edition and number. */
    public record Rebuilt(Map<String, EditionDraft> drafts, Map<String, PublishedVersion> versions) {

        void apply(EditionEvent event) {
            drafts.computeIfAbsent(event.editionId(), id -> new EditionDraft()).apply(event);
            if (event instanceof VersionPublished published) {
                versions.put(Editions.key(published.version()), published.version());
            }
        }
    }
}
