package org.mediation.synthesis.dashboard;

import java.util.HashMap;
import java.util.Map;
import org.mediation.synthesis.regional.FrenchLabels;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /dashboard/settings.json}, open like the pages: how to sign in (no secret: a public client with PKCE)
 * and the French labels of the codes, the same the documents use.
 */
@RestController
@EnableConfigurationProperties(DashboardSettings.class)
class DashboardController {

    private final DashboardSettings settings;

    DashboardController(DashboardSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/dashboard/settings.json")
    Map<String, Object> settings() {
        Map<String, Object> answer = new HashMap<>();
        answer.put("signIn", settings.issuer() == null || settings.clientId() == null ? null : settings);
        answer.put("labels", FrenchLabels.all());
        return answer;
    }
}
