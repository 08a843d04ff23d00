package org.mediation.resource.catalogue.web;

import java.util.List;
import org.mediation.resource.access.Access;
import org.mediation.resource.catalogue.query.ResourceView;

/**
 * A resource as readers see it. {@code requests} counts the requests it met at the stands the caller reads: a regional
 * team, those of its own region's days (another region's requests of a shared resource are theirs, not part of its
 * figure); the national office and operators, every stand.
 */
record ResourceResponse(
        String id,
        String kind,
        String title,
        List<String> authors,
        String publisher,
        Integer year,
        List<String> themeCodes,
        String originRegion,
        boolean shared,
        boolean withdrawn,
        String url,
        String isbn,
        long requests) {

    static ResourceResponse of(ResourceView v, Access caller) {
        return new ResourceResponse(
                v.id(),
                v.kind(),
                v.title(),
                v.authors(),
                v.publisher(),
                v.year(),
                v.themeCodes(),
                v.originRegion(),
                v.shared(),
                v.withdrawn(),
                v.url(),
                v.isbn(),
                requestsSeenBy(v, caller));
    }

    private static long requestsSeenBy(ResourceView v, Access caller) {
        if (caller.isNational() || v.requestsByRegion() == null) {
            return v.requests();
        }
        return v.requestsByRegion().getOrDefault(caller.region(), 0L);
    }
}
