package org.mediation.workshop.theme.command;

/** A theme's French and English labels: each given, at most {@value #MAX} characters once trimmed. */
record ThemeLabels(String fr, String en) {

    static final int MAX = 200;

    ThemeLabels {
        fr = required(fr, "labelFr");
        en = required(en, "labelEn");
    }

    private static String required(String label, String name) {
        if (label == null || label.isBlank() || label.strip().length() > MAX) {
            throw new IllegalArgumentException(name + " must be given, at most " + MAX + " characters");
        }
        return label.strip();
    }
}
