package org.mediation.synthesis.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard's two pages, static files under {@code static/dashboard/}: {@code /dashboard/} (national figures) and
 * {@code /dashboard/operations} (replays and the audit log). The pages hold no data: every figure comes from the
 * authorised {@code /api/**} calls they make with the signed-in user's token.
 */
@Configuration
class DashboardPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/dashboard", "/dashboard/");
        registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
        registry.addViewController("/dashboard/operations").setViewName("forward:/dashboard/operations.html");
    }
}
