package org.mediation.platform.web;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code regional-days.web.refusals}: the context's exceptions and how each is answered, e.g.
 * {@code "[org.mediation.registration.regionalday.command.RuleViolation]": 409 Rule violated}.
 */
@ConfigurationProperties("regional-days.web")
record WebSettings(Map<String, String> refusals) {

    WebSettings {
        refusals = refusals == null ? Map.of() : Map.copyOf(refusals);
    }
}
