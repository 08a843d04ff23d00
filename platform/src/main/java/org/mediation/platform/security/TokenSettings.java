package org.mediation.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How bearer tokens are checked ({@code regional-days.security.*}, set by environment variables): {@code JWT_SECRET}
 * for HS256 tokens (at least 32 bytes), or {@code JWT_JWK_SET_URI} / {@code JWT_ISSUER_URI} for an OpenID Connect
 * provider's; {@code JWT_ISSUER} and {@code JWT_AUDIENCE} are checked when set.
 */
@ConfigurationProperties("regional-days.security")
record TokenSettings(String jwtSecret, String jwkSetUri, String issuerUri, String issuer, String audience) {

    static final int MIN_SECRET_BYTES = 32;

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
