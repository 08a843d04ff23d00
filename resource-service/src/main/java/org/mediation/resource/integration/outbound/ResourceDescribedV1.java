package org.mediation.resource.integration.outbound;

import java.util.List;

/** The data of {@code ResourcePublished.v1} and {@code ResourceRevised.v1}: the whole description. */
record ResourceDescribedV1(
        String resourceId,
        String kind,
        String title,
        List<String> authors,
        String publisher,
        Integer year,
        List<String> themeCodes,
        String originRegion,
        String url,
        String isbn) {
    static final String PUBLISHED = "resource.ResourcePublished.v1";

    static final String REVISED = "resource.ResourceRevised.v1";
}
