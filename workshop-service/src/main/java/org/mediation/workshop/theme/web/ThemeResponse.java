package org.mediation.workshop.theme.web;

import org.mediation.workshop.theme.api.Theme;

record ThemeResponse(String code, String label, String labelFr) {

    static ThemeResponse of(Theme theme) {
        return new ThemeResponse(theme.name(), theme.label(), theme.labelFr());
    }
}
