package org.mediation.workshop.workshop.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The rapporteur's page, static files under {@code static/rapporteur/}, at {@code /rapporteur/?atelier=<workshop id>}:
 * the workshop's contributions recorded, amended, withdrawn and the report submitted through the authorised
 * {@code /api/workshops/**} calls it makes with the signed-in user's token.
 */
@Configuration
class RapporteurPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/rapporteur", "/rapporteur/");
        registry.addViewController("/rapporteur/").setViewName("forward:/rapporteur/index.html");
    }
}
