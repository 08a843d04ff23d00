package org.mediation.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** Which tokens the services accept, and that a service without a way to check them does not start. */
class TokenRulesTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-0123456789";
    private static final Instant IN_AN_HOUR = Instant.now().plusSeconds(3600);

    private final JwtDecoder decoder = new PlatformSecurity()
            .jwtDecoder(new TokenSettings(SECRET, null, null, "https://id.example.org", "api", false, null));

    @Test
    void a_complete_token_is_accepted() {
        assertThat(decoder.decode(token(claims -> claims)).getSubject()).isEqualTo("team-fr-hdf");
    }

    @Test
    void a_token_without_expiry_is_refused() {
        refused(claims -> claims.expirationTime(null));
    }

    @Test
    void an_expired_token_is_refused() {
        refused(claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(3600))));
    }

    @Test
    void a_token_expired_within_the_clock_skew_is_accepted_and_refused_without_it() {
        UnaryOperator<JWTClaimsSet.Builder> expiredJustNow =
                claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(20)));
        JwtDecoder noSkew = new PlatformSecurity()
                .jwtDecoder(
                        new TokenSettings(SECRET, null, null, "https://id.example.org", "api", false, Duration.ZERO));

        assertThat(decoder.decode(token(expiredJustNow)).getSubject()).isEqualTo("team-fr-hdf");
        assertThatThrownBy(() -> noSkew.decode(token(expiredJustNow))).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void a_token_without_subject_is_refused() {
        refused(claims -> claims.subject(null));
    }

    @Test
    void the_configured_issuer_and_audience_are_checked() {
        refused(claims -> claims.issuer("https://elsewhere.example.org"));
        refused(claims -> claims.audience("another-api"));
    }

    @Test
    void without_secret_or_provider_a_service_does_not_start_and_says_what_to_set() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        JacksonAutoConfiguration.class,
                        WebMvcAutoConfiguration.class,
                        SecurityAutoConfiguration.class,
                        PlatformSecurity.class))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).isInstanceOf(MissingTokenSettings.class);
                    FailureAnalysis analysis = new MissingTokenSettingsAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("JWT_SECRET");
                    assertThat(analysis.getAction()).contains("JWT_SECRET", "JWT_ISSUER_URI");
                });
    }

    @Test
    void a_short_secret_is_refused_at_start() {
        assertThatThrownBy(() -> new PlatformSecurity()
                        .jwtDecoder(new TokenSettings("short", null, null, null, null, false, null)))
                .isInstanceOf(MissingTokenSettings.class)
                .hasMessageContaining("at least 32");
    }

    @Test
    void an_issuer_without_an_audience_does_not_start_and_says_what_to_set() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        JacksonAutoConfiguration.class,
                        WebMvcAutoConfiguration.class,
                        SecurityAutoConfiguration.class,
                        PlatformSecurity.class))
                .withPropertyValues("regional-days.security.issuer-uri=https://id.example.org/realms/mediation")
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new MissingTokenSettingsAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("JWT_AUDIENCE is unset");
                    assertThat(analysis.getAction()).contains("JWT_AUDIENCE", "JWT_AUDIENCE_OPTIONAL=true");
                });
        assertThatThrownBy(() -> new PlatformSecurity()
                        .jwtDecoder(new TokenSettings(SECRET, null, null, "https://id.example.org", "", false, null)))
                .isInstanceOf(MissingTokenSettings.class);
    }

    @Test
    void an_issuer_without_an_audience_is_accepted_when_explicitly_allowed() {
        JwtDecoder anyAudience = new PlatformSecurity()
                .jwtDecoder(new TokenSettings(SECRET, null, null, "https://id.example.org", null, true, null));

        assertThat(anyAudience
                        .decode(token(claims -> claims.audience("another-api")))
                        .getSubject())
                .isEqualTo("team-fr-hdf");
    }

    private void refused(UnaryOperator<JWTClaimsSet.Builder> change) {
        assertThatThrownBy(() -> decoder.decode(token(change))).isInstanceOf(JwtValidationException.class);
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("team-fr-hdf")
                .issuer("https://id.example.org")
                .audience("api")
                .claim("roles", List.of("REGIONAL_TEAM"))
                .claim("region", "FR-HDF")
                .expirationTime(Date.from(IN_AN_HOUR));
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader(JWSAlgorithm.HS256), change.apply(claims).build());
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
