package org.mediation.platform.reference;

import java.util.Set;

/**
 * The ISO 3166-2:FR region codes: reference data (a standard's list, no context's rule), the vocabulary of the
 * tokens' {@code region} claim and of every region a context records. Plain Java, so a domain may use it.
 */
public final class FrenchRegionCodes {

    /** The 13 metropolitan regions (Corsica under both its codes) and the 5 overseas regions. */
    private static final Set<String> CODES = Set.of(
            "FR-ARA", "FR-BFC", "FR-BRE", "FR-CVL", "FR-20R", "FR-COR", "FR-GES", "FR-HDF", "FR-IDF", "FR-NOR",
            "FR-NAQ", "FR-OCC", "FR-PDL", "FR-PAC", "FR-971", "FR-972", "FR-973", "FR-974", "FR-976");

    private FrenchRegionCodes() {}

    /** The code itself, or an {@link IllegalArgumentException} (a 400) naming what is expected. */
    public static String require(String code) {
        if (code == null || !CODES.contains(code)) {
            throw new IllegalArgumentException(
                    "region must be an ISO 3166-2:FR region code such as FR-HDF, not '" + code + "'");
        }
        return code;
    }
}
