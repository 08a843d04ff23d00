package org.mediation.workshop.workshop.command;

/** A workshop's theme comes from the national catalogue: an unknown code is bad input, a retired theme a rule. */
final class WorkshopThemes {

    private WorkshopThemes() {}

    static String requireOpen(String code, ThemeCatalogue themes) {
        if (code == null || !themes.knows(code)) {
            throw new IllegalArgumentException(
                    "themeCode must be a theme of the catalogue (GET /api/themes), not '" + code + "'");
        }
        if (themes.retired(code)) {
            throw new RuleViolation("The theme " + code + " is retired: no new workshop on it.");
        }
        return code;
    }
}
