package org.mediation.synthesis.catalogue;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Applies catalogue events (published, revised, withdrawn, shared) to their resources, in their order: one read and
     * one write per resource; others change nothing.
     */
    public void apply(List<InboundEvent> events) {
        Map<String, List<InboundEvent>> byResource = events.stream()
                .filter(event -> CatalogueEntry.TYPES.contains(event.type()))
                .collect(groupingBy(event -> event.text("resourceId"), LinkedHashMap::new, toList()));
        byResource.forEach((resourceId, ofResource) -> store.update(
                resourceId, () -> new CatalogueEntry(resourceId), entry -> ofResource.forEach(entry::apply)));
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
