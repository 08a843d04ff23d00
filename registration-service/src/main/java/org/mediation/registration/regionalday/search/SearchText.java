package org.mediation.registration.regionalday.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the welcome desk's search compares it: lower-case, accents stripped ("Hélène" and "HELENE" are "helene"),
 * the ligatures of French names spelt out ("Lœuillet" is "loeuillet").
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {}

    static String normalised(String text) {
        String lowerCase = text.strip().toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(lowerCase, Normalizer.Form.NFD))
                .replaceAll("")
                .replace("œ", "oe")
                .replace("æ", "ae");
    }
}
