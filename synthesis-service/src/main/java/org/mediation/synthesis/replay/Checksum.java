package org.mediation.synthesis.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.mediation.synthesis.catalogue.CatalogueEntry;
import org.mediation.synthesis.catalogue.Themes;
import org.mediation.synthesis.edition.api.PublishedVersion;
import org.mediation.synthesis.national.NationalAggregation;
import org.mediation.synthesis.regional.RegionalProjection;

/**
 * SHA-256 of the canonical JSON (keys sorted, ISO dates) of the projections in a scope: the regional days it covers,
 * and for a replay of everything the resource and theme catalogues, the published versions of the national
 * restitution and the national aggregate (without its instant) too. Equal
 * projections give equal checksums, whether live or rebuilt.
 */
public final class Checksum {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .findAndAddModules()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Checksum() {}

    public static String of(
            ReplayScope scope,
            Map<String, RegionalProjection> days,
            Map<String, CatalogueEntry> catalogue,
            Themes themes,
            Map<String, PublishedVersion> versions) {
        Map<String, Object> content = new TreeMap<>();
        content.put("regionalDays", scoped(scope, days));
        if (scope.everything()) {
            content.put("catalogue", catalogue);
            content.put("themes", themes);
            content.put("restitutionVersions", versions);
            content.put("national", NationalAggregation.of(days.values(), catalogue.values(), themes, null));
        }
        try {
            byte[] json = CANONICAL.writeValueAsBytes(content);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute a checksum", e);
        }
    }

    static Map<String, RegionalProjection> scoped(ReplayScope scope, Map<String, RegionalProjection> days) {
        Map<String, RegionalProjection> scoped = new TreeMap<>();
        days.forEach((dayId, day) -> {
            if (scope.covers(dayId, day)) {
                scoped.put(dayId, day);
            }
        });
        return scoped;
    }

    /** The canonical JSON of one day (to tell which days a replay changes) or of other projections. */
    static String canonical(Object projection) {
        try {
            return CANONICAL.writeValueAsString(projection);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable regional projection", e);
        }
    }
}
