package org.mediation.workshop.theme.command;

import java.util.regex.Pattern;

/** A theme's code: capitals and underscores, 3 to 41 characters, starting with a letter (« ACCESS_TO_RIGHTS »). */
record ThemeCode(String value) {

    private static final Pattern FORM = Pattern.compile("^[A-Z][A-Z_]{2,40}$");

    ThemeCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a theme code is capitals and underscores, 3 to 41 characters (^[A-Z][A-Z_]{2,40}$), not '" + value
                            + "'");
        }
    }
}
