package org.mediation.workshop.theme.query;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mediation.workshop.workshop.command.ThemeCatalogue;
import org.springframework.stereotype.Repository;

/** The theme catalogue's read model (collection {@code themes}), in catalogue order; what planning checks. */
@Repository
public class Themes implements ThemeCatalogue {

    private final MongoCollection<ThemeView> collection;

    Themes(MongoDatabase workshopDatabase) {
        this.collection = workshopDatabase.getCollection("themes", ThemeView.class);
    }

    MongoCollection<ThemeView> collection() {
        return collection;
    }

    public List<ThemeView> all() {
        return collection.find().sort(Sorts.ascending("rank", "_id")).into(new ArrayList<>());
    }

    public Optional<ThemeView> find(String code) {
        return Optional.ofNullable(collection.find(eq(code)).first());
    }

    @Override
    public boolean knows(String code) {
        return find(code).isPresent();
    }

    @Override
    public boolean retired(String code) {
        return find(code).map(ThemeView::retired).orElse(false);
    }
}
