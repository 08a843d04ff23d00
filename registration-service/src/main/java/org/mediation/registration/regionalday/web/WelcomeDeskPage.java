package org.mediation.registration.regionalday.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The welcome desk's page, static files under {@code static/accueil/}, at {@code /accueil/?journee=<day id>}: search,
 * check in, undo, walk-in registration through the authorised {@code /api/regional-days/**} calls it makes with the
 * signed-in regional team's token.
 */
@Configuration
class WelcomeDeskPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/accueil", "/accueil/");
        registry.addViewController("/accueil/").setViewName("forward:/accueil/index.html");
    }
}
