package org.mediation.workshop.theme.web;

import org.mediation.workshop.theme.query.ThemeView;

/** {@code label} is the English label (the field clients already read), {@code labelFr} the French one. */
record ThemeResponse(String code, String label, String labelFr, boolean retired) {

    static ThemeResponse of(ThemeView theme) {
        return new ThemeResponse(theme.code(), theme.labelEn(), theme.labelFr(), theme.retired());
    }
}
