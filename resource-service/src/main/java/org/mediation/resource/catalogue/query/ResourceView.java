package org.mediation.resource.catalogue.query;

import java.util.List;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The read model of one resource with its request count over all stands and per region of the stands
 * ({@code requestsByRegion}; null in a document written before it was kept); {@code version} is the sequence number of
 * the last event applied, so redeliveries change nothing.
 */
public record ResourceView(
        @BsonId String id,
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
        long requests,
        Map<String, Long> requestsByRegion,
        long version) {}
