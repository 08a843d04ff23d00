package org.mediation.registration.regionalday.command;

import org.mediation.platform.reference.FrenchRegionCodes;

/** A region of France by its ISO 3166-2:FR code. */
public record Region(String code) {

    public Region {
        FrenchRegionCodes.require(code);
    }

    public static Region of(String code) {
        return new Region(code);
    }
}
