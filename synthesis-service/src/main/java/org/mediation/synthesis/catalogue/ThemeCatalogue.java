package org.mediation.synthesis.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Map;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.store.VersionedStore;
import org.springframework.stereotype.Repository;

/** The live theme catalogue in MongoDB ({@code theme_catalogue}): one document, the whole catalogue. */
@Repository
public class ThemeCatalogue {

    private static final String CATALOGUE = "themes";

    private final VersionedStore<Themes> store;

    ThemeCatalogue(MongoDatabase synthesisDatabase, ObjectMapper json) {
        this.store = new VersionedStore<>(synthesisDatabase.getCollection("theme_catalogue"), json, Themes.class);
    }

    /** Applies the theme events of the list in their order (one read and one write when there are any). */
    public void apply(List<InboundEvent> events) {
        List<InboundEvent> ofThemes = events.stream()
                .filter(event -> Themes.TYPES.contains(event.type()))
                .toList();
        if (!ofThemes.isEmpty()) {
            store.update(CATALOGUE, Themes::new, themes -> ofThemes.forEach(themes::apply));
        }
    }

    public Themes current() {
        return store.find(CATALOGUE).orElseGet(Themes::new);
    }

    /** A replay's swap: the rebuilt catalogue replaces the live one. */
    public void replace(Themes rebuilt) {
        store.replace(Map.of(CATALOGUE, rebuilt));
    }
}
