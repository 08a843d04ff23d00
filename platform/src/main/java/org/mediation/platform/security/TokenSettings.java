package org.mediation.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How bearer tokens are checked ({@code regional-days.security.*}, set by environment variables): {@code JWT_SECRET}
 * for HS256 tokens (at least 32 bytes), or {@code JWT_JWK_SET_URI} / {@code JWT_ISSUER_URI} for an OpenID Connect
 * provider's; {@code JWT_ISSUER} and {@code JWT_AUDIENCE} are checked when set. With an issuer (a provider, or
 * {@code JWT_ISSUER}) an audience is required, unless {@code JWT_AUDIENCE_OPTIONAL=true}
 * ({@code regional-days.security.audience-optional}) says that any token of that issuer may call the services.
 * {@code JWT_CLOCK_SKEW} (default 60 s) is how far past its expiry a token is still accepted, for clocks that differ.
 */
@ConfigurationProperties("regional-days.security")
record TokenSettings(
        String jwtSecret,
        String jwkSetUri,
        String issuerUri,
        String issuer,
        String audience,
        boolean audienceOptional,
        Duration clockSkew) {

    static final int MIN_SECRET_BYTES = 32;
    static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

    TokenSettings {
        clockSkew = clockSkew == null ? DEFAULT_CLOCK_SKEW : clockSkew;
    }

    /** A provider, or a shared secret of at least {@value #MIN_SECRET_BYTES} bytes; else {@link MissingTokenSettings}. */
    void requireKeySource() {
        if (hasJwkSetUri() || hasIssuerUri()) {
            return;
        }
        if (!hasSecret()) {
            throw new MissingTokenSettings(
                    "No way to check bearer tokens: JWT_SECRET, JWT_ISSUER_URI and JWT_JWK_SET_URI are all unset.");
        }
        int length = jwtSecret.getBytes(StandardCharsets.UTF_8).length;
        if (length < MIN_SECRET_BYTES) {
            throw new MissingTokenSettings(
                    "JWT_SECRET is " + length + " bytes long; at least " + MIN_SECRET_BYTES + " are needed.");
        }
    }

    /**
     * An issuer's tokens are meant for many applications: without the audience of these services any of them would do.
     * Else {@link MissingTokenSettings}, unless the audience is explicitly optional.
     */
    void requireAudienceWithIssuer() {
        if ((hasJwkSetUri() || hasIssuerUri() || hasText(issuer)) && !hasAudience() && !audienceOptional) {
            throw new MissingTokenSettings(
                    "An issuer of tokens is configured (JWT_ISSUER_URI, JWT_JWK_SET_URI or JWT_ISSUER) without the"
                            + " audience its tokens must name for these services: JWT_AUDIENCE is unset.",
                    "Set JWT_AUDIENCE to the audience (client id or API identifier) the provider puts in these"
                            + " services' tokens, or JWT_AUDIENCE_OPTIONAL=true to accept any token of that issuer;"
                            + " see docs/security.md.");
        }
    }

    /** The issuer tokens must name: {@code JWT_ISSUER}, or else the provider's issuer URI; null when neither is set. */
    String expectedIssuer() {
        return hasText(issuer) ? issuer : hasText(issuerUri) ? issuerUri : null;
    }

    boolean hasAudience() {
        return hasText(audience);
    }

    boolean hasSecret() {
        return hasText(jwtSecret);
    }

    boolean hasJwkSetUri() {
        return hasText(jwkSetUri);
    }

    boolean hasIssuerUri() {
        return hasText(issuerUri);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
