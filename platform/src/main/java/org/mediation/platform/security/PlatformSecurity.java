package org.mediation.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.mediation.platform.web.PlatformWeb;
import org.mediation.platform.web.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Every {@code /api/**} call needs a bearer JWT, every actuator endpoint but health an operator's (the metrics, on the
 * management port, may be opened to an internal scraper); health and (unless
 * {@code API_DOCS_ENABLED=false}) the API docs stay open. Tokens are HS256 with the shared {@code JWT_SECRET}, or
 * an OpenID Connect provider's ({@code JWT_ISSUER_URI} or {@code JWT_JWK_SET_URI}); see {@link TokenRules}. 401 and 403
 * are problem documents.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@EnableConfigurationProperties(TokenSettings.class)
public class PlatformSecurity {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain api(
            HttpSecurity http,
            ObjectMapper json,
            @Value("${regional-days.security.scrape-without-token:false}") boolean scrapeWithoutToken,
            Environment environment)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) ->
                ProblemResponses.write(response, json, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
        AccessDeniedHandler forbidden =
                (request, response, e) -> ProblemResponses.write(response, json, HttpStatus.FORBIDDEN, e.getMessage());
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PlatformWeb.PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .access(scrapers(scrapeWithoutToken, environment))
                        .requestMatchers("/actuator/**")
                        .access(operators())
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> {})
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * Spring Security's observations wrap every filter, authentication and authorisation of every call: about 7 % of
     * registration-service's CPU at full speed (docs/benchmarks.md), for traces no one collects; the calls' own
     * {@code http.server.requests} observations stay.
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static TokenSettingsCheck tokenSettingsCheck() {
        return new TokenSettingsCheck();
    }

    /** Metrics and the other actuator endpoints: a token with the {@code OPERATOR} role. */
    private static AuthorizationManager<RequestAuthorizationContext> operators() {
        return (authentication, request) ->
                new AuthorizationDecision(authentication.get() instanceof JwtAuthenticationToken token
                        && Caller.of(token.getToken()).has(Caller.OPERATOR));
    }

    /**
     * The metrics: operators, and with {@code METRICS_SCRAPE_WITHOUT_TOKEN=true} anyone reaching the management port
     * ({@code MANAGEMENT_PORT}, the port its server really listens on), which only an internal network reaches
     * (Prometheus in docker-compose.yml); never the service's own port.
     */
    private static AuthorizationManager<RequestAuthorizationContext> scrapers(
            boolean withoutToken, Environment environment) {
        AuthorizationManager<RequestAuthorizationContext> operators = operators();
        return (authentication, request) -> withoutToken
                        && Integer.valueOf(request.getRequest().getLocalPort())
                                .equals(environment.getProperty("local.management.port", Integer.class))
                ? new AuthorizationDecision(true)
                : operators.check(authentication, request);
    }

    /** The one decoder: HS256 with the shared secret, or the provider's keys; {@link TokenRules} either way. */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(TokenSettings settings) {
        settings.requireAudienceWithIssuer();
        OAuth2TokenValidator<Jwt> rules = TokenRules.of(settings);
        if (settings.hasJwkSetUri()) {
            return validated(
                    NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build(), rules);
        }
        if (settings.hasIssuerUri()) {
            return new SupplierJwtDecoder(() -> validated(JwtDecoders.fromIssuerLocation(settings.issuerUri()), rules));
        }
        return validated(sharedSecretDecoder(settings), rules);
    }

    private static NimbusJwtDecoder sharedSecretDecoder(TokenSettings settings) {
        settings.requireKeySource();
        byte[] key = settings.jwtSecret().getBytes(StandardCharsets.UTF_8);
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }

    private static NimbusJwtDecoder validated(NimbusJwtDecoder decoder, OAuth2TokenValidator<Jwt> rules) {
        decoder.setJwtValidator(rules);
        return decoder;
    }
}
