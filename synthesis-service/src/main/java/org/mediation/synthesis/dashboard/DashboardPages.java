package org.mediation.synthesis.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard's second page, {@code /dashboard/operations} (replays and the audit log), beside {@code /dashboard/}
 * (national figures), which the platform serves as it serves every page folder ({@code regional-days.pages.folders}).
 */
@Configuration
class DashboardPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/dashboard/operations").setViewName("forward:/dashboard/operations.html");
    }
}
