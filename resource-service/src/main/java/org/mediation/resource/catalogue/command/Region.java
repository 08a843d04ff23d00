package org.mediation.resource.catalogue.command;

import java.util.Set;

/** A region of France by its ISO 3166-2:FR code. */
public record Region(String code) {

    /** The 13 metropolitan regions (Corsica under both its codes) and the 5 overseas regions. */
    private static final Set<String> FRENCH_REGIONS = Set.of(
            "FR-ARA", "FR-BFC", "FR-BRE", "FR-CVL", "FR-20R", "FR-COR", "FR-GES", "FR-HDF", "FR-IDF", "FR-NOR",
            "FR-NAQ", "FR-OCC", "FR-PDL", "FR-PAC", "FR-971", "FR-972", "FR-973", "FR-974", "FR-976");

    public Region {
        if (code == null || !FRENCH_REGIONS.contains(code)) {
            throw new IllegalArgumentException(
                    "region must be an ISO 3166-2:FR region code such as FR-HDF, not '" + code + "'");
        }
    }

    public static Region of(String code) {
        return new Region(code);
    }
}
