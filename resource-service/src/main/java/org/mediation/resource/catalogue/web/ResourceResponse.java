package org.mediation.resource.catalogue.web;

import java.util.List;
import org.mediation.resource.catalogue.query.ResourceView;

/** A resource as readers see it; {@code requests} counts the requests it met at every stand. */
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

    static ResourceResponse of(ResourceView v) {
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
                v.requests());
    }
}
