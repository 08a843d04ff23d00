package org.mediation.synthesis.dashboard;

import java.util.Map;
import org.mediation.platform.pages.PageSignIn;
import org.mediation.platform.pages.SignInSettings;
import org.mediation.synthesis.catalogue.ThemeCatalogue;
import org.mediation.synthesis.regional.FrenchLabels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /dashboard/settings.json}, open like the pages: the French labels of the codes (the themes' from the
 * theme catalogue as it stands), the same the documents use, and how to sign in ({@code signIn}, as {@code /regional-days/sign-in.json} says it).
 */
@RestController
class DashboardController {

    record Answer(SignInSettings signIn, Map<String, Map<String, String>> labels) {}

    private final PageSignIn signIn;
    private final ThemeCatalogue themes;

    DashboardController(PageSignIn signIn, ThemeCatalogue themes) {
        this.signIn = signIn;
        this.themes = themes;
    }

    @GetMapping("/dashboard/settings.json")
    Answer settings() {
        return new Answer(
                signIn.provider().orElse(null),
                FrenchLabels.all(themes.current().frenchLabels()));
    }
}
