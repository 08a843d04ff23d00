package org.mediation.resource.catalogue.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;
import org.mediation.platform.web.Paging;
import org.mediation.resource.access.Access;
import org.springframework.stereotype.Repository;

/** Reads of the catalogue: what a caller may see of it. */
@Repository
public class ResourceViews {

    private final MongoCollection<ResourceView> collection;

    ResourceViews(MongoDatabase resourceDatabase) {
        this.collection = resourceDatabase.getCollection("resources", ResourceView.class);
    }

    MongoCollection<ResourceView> collection() {
        return collection;
    }

    /** The resource, unless the caller's region may not see it (then it does not exist for them). */
    public Optional<ResourceView> find(String resourceId, Access caller) {
        return Optional.ofNullable(collection.find(eq(resourceId)).first())
                .filter(view -> caller.canSee(view.originRegion(), view.shared()));
    }

    public List<ResourceView> findAll(Collection<String> resourceIds) {
        return collection.find(in("_id", resourceIds)).into(new ArrayList<>());
    }

    /**
     * Full text on title and authors is a case-insensitive match of the quoted words: mongo-java-server has no
     * {@code $text}, and the catalogue is small enough to scan.
     */
    public ResourcePage search(ResourceSearch search, Access caller, Paging paging) {
        List<Bson> filters = new ArrayList<>();
        if (!caller.isNational()) {
            filters.add(
                    caller.region() == null
                            ? eq("shared", true)
                            : or(eq("shared", true), eq("originRegion", caller.region())));
        }
        if (!search.includeWithdrawn()) {
            filters.add(eq("withdrawn", false));
        }
        if (search.themeCode() != null) {
            filters.add(eq("themeCodes", search.themeCode()));
        }
        if (search.kind() != null) {
            filters.add(eq("kind", search.kind().name()));
        }
        if (search.text() != null && !search.text().isBlank()) {
            Pattern words = Pattern.compile(Pattern.quote(search.text().trim()), Pattern.CASE_INSENSITIVE);
            filters.add(or(regex("title", words), regex("authors", words)));
        }
        Bson filter = filters.isEmpty() ? Filters.empty() : and(filters);
        List<ResourceView> content = collection
                .find(filter)
                .sort(Sorts.ascending("title", "_id"))
                .skip(paging.skip())
                .limit(paging.size())
                .into(new ArrayList<>());
        return new ResourcePage(content, paging.page(), paging.size(), collection.countDocuments(filter));
    }
}
