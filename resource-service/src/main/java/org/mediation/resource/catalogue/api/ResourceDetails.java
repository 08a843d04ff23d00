package org.mediation.resource.catalogue.api;

import java.util.List;

/** What describes a resource; the command handler validates it ({@code publisher}, {@code year}, {@code url}, {@code isbn} optional). */
public record ResourceDetails(
        ResourceKind kind,
        String title,
        List<String> authors,
        String publisher,
        Integer year,
        List<String> themeCodes,
        String url,
        String isbn) {}
