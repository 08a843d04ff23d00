package org.mediation.synthesis.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.Optional;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.store.Versioned;
import org.mediation.synthesis.store.VersionedStore;
import org.springframework.stereotype.Repository;

/** The live catalogue projection in MongoDB ({@code catalogue}), one document per resource. */
@Repository
public class Catalogue {

    private final VersionedStore<CatalogueEntry> store;

    Catalogue(MongoDatabase synthesisDatabase, ObjectMapper json) {
        this.store = new VersionedStore<>(synthesisDatabase.getCollection("catalogue"), json, CatalogueEntry.class);
    }

    /** Applies a catalogue event (published, revised, withdrawn, shared) to its resource; others change nothing. */
    public Optional<Versioned<CatalogueEntry>> apply(InboundEvent event) {
        if (!CatalogueEntry.TYPES.contains(event.type())) {
            return Optional.empty();
        }
        String resourceId = event.text("resourceId");
        return Optional.of(store.update(resourceId, () -> new CatalogueEntry(resourceId), entry -> entry.apply(event)));
    }

    public Optional<CatalogueEntry> find(String resourceId) {
        return store.find(resourceId);
    }

    public Map<String, Versioned<CatalogueEntry>> all() {
        return store.all();
    }

    /** A replay's swap: the rebuilt catalogue replaces the live one. */
    public void replace(Map<String, CatalogueEntry> rebuilt, Iterable<String> removed) {
        store.replace(rebuilt);
        removed.forEach(store::delete);
    }
}
