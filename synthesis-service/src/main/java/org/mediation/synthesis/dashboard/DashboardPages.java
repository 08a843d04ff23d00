package org.mediation.synthesis.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard's pages beside {@code /dashboard/} (national figures, which the platform serves as it serves every page
 * folder, {@code regional-days.pages.folders}): {@code /dashboard/saison} (the season, theme by theme),
 * {@code /dashboard/restitutions} (editions and published versions), {@code /dashboard/edition} (an edition's editor)
 * and {@code /dashboard/operations} (replays and the audit log).
 */
@Configuration
class DashboardPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/dashboard/operations").setViewName("forward:/dashboard/operations.html");
        registry.addViewController("/dashboard/saison").setViewName("forward:/dashboard/saison.html");
        registry.addViewController("/dashboard/restitutions").setViewName("forward:/dashboard/restitutions.html");
        registry.addViewController("/dashboard/edition").setViewName("forward:/dashboard/edition.html");
    }
}
