package org.mediation.platform.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Refuses to start a service that cannot check tokens, or would accept any token of its issuer whatever its audience,
 * before anything else is built (a database that does not answer
 * would otherwise be reported first, half a minute later).
 */
class TokenSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        TokenSettings settings = Binder.get(environment)
                .bind("regional-days.security", TokenSettings.class)
                .orElse(new TokenSettings(null, null, null, null, null, false, null));
        settings.requireKeySource();
        settings.requireAudienceWithIssuer();
    }
}
