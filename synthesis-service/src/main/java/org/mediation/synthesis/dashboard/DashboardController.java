package org.mediation.synthesis.dashboard;

import java.util.Map;
import org.mediation.synthesis.regional.FrenchLabels;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /dashboard/settings.json}, open like the pages: how to sign in ({@code signIn}: the provider and the
 * public client, null when only the URL-fragment sign-in is set up; no secret) and the French labels of the codes,
 * the same the documents use.
 */
@RestController
@EnableConfigurationProperties(DashboardSettings.class)
class DashboardController {

    record Answer(DashboardSettings signIn, Map<String, Map<String, String>> labels) {}

    private final DashboardSettings settings;

    /** {@code servicesIssuer}: the provider whose tokens the services trust (JWT_ISSUER_URI), the page's by default. */
    DashboardController(
            DashboardSettings settings, @Value("${regional-days.security.issuer-uri:}") String servicesIssuer) {
        this.settings = settings.orIssuer(servicesIssuer);
    }

    @GetMapping("/dashboard/settings.json")
    Answer settings() {
        return new Answer(settings.complete() ? settings : null, FrenchLabels.all());
    }
}
