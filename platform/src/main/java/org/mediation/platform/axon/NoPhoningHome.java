package org.mediation.platform.axon;

import org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * A public body's server does not phone home: Axon's update checker, which also sends anonymous usage data to AxonIQ
 * over HTTPS, is off in every service that has Axon. Its settings are this one provider, which Axon's
 * auto-configuration takes instead of its own (the {@code axon.update-check.*} properties, the
 * {@code AXONIQ_UPDATE_CHECKER_*} variables, {@code -Daxoniq.update-checker.*} and {@code ~/.axoniq}), so no setting
 * can switch it back on; nor is the default properties file written to the home directory.
 */
@AutoConfiguration(before = UpdateCheckerAutoConfiguration.class)
@ConditionalOnClass(UsagePropertyProvider.class)
public class NoPhoningHome {

    @Bean
    UsagePropertyProvider usagePropertyProvider() {
        return new UsagePropertyProvider() {
            @Override
            public Boolean getDisabled() {
                return true;
            }

            @Override
            public String getUrl() {
                return "";
            }

            @Override
            public int priority() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
