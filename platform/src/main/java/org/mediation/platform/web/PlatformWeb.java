package org.mediation.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** The web layer's limits, before security and controllers. */
@AutoConfiguration
public class PlatformWeb {

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(
            @Value("${regional-days.web.max-body-size:1MB}") DataSize limit, ObjectMapper json) {
        FilterRegistrationBean<BodySizeLimit> registration =
                new FilterRegistrationBean<>(new BodySizeLimit(limit.toBytes(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
