package org.mediation.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web layer's limits: the body size before security and controllers (smaller for the public forms under
 * {@value #PUBLIC_PATHS}), the rate of {@link RateLimited} calls, the calls of {@link Expensive} reads at once, and the
 * allowance of {@link PublicSubmissions}.
 */
@AutoConfiguration
@EnableConfigurationProperties({WebSettings.class, PublicSubmissionSettings.class})
public class PlatformWeb implements WebMvcConfigurer {

    /** The paths of what anyone may read or submit without signing in. */
    public static final String PUBLIC_PATHS = "/api/public/**";

    private final int requestsPerMinute;
    private final Bulkhead bulkhead;

    PlatformWeb(
            @Value("${regional-days.rate-limit.per-minute:30}") int requestsPerMinute,
            @Value("${regional-days.expensive.per-caller:2}") int expensivePerCaller,
            @Value("${regional-days.expensive.in-total:4}") int expensiveInTotal) {
        this.requestsPerMinute = requestsPerMinute;
        this.bulkhead = new Bulkhead(expensivePerCaller, expensiveInTotal);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RateLimiting(requestsPerMinute));
        registry.addInterceptor(bulkhead);
    }

    /** Unknown class names fail the start, so a renamed exception cannot silently become a 500. */
    @Bean
    ProblemHandling problemHandling(WebSettings settings) throws ClassNotFoundException {
        Map<Class<?>, Refusal> refusals = new HashMap<>();
        for (Map.Entry<String, String> refusal : settings.refusals().entrySet()) {
            refusals.put(
                    ClassUtils.forName(refusal.getKey(), getClass().getClassLoader()),
                    Refusal.parse(refusal.getValue()));
        }
        return new ProblemHandling(refusals);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(
            @Value("${regional-days.web.max-body-size:1MB}") DataSize limit, ObjectMapper json) {
        FilterRegistrationBean<BodySizeLimit> registration =
                new FilterRegistrationBean<>(new BodySizeLimit(limit.toBytes(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    PublicSubmissions publicSubmissions(PublicSubmissionSettings settings) {
        return new PublicSubmissions(settings);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> publicBodySizeLimit(PublicSubmissionSettings settings, ObjectMapper json) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
                new BodySizeLimit(settings.maxBodySize().toBytes(), json));
        registration.setName("publicBodySizeLimit");
        registration.addUrlPatterns("/api/public/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
