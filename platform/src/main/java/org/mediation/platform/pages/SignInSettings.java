package org.mediation.platform.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the services' browser pages sign people in ({@code regional-days.pages.sign-in.*}, set by
 * {@code DASHBOARD_OIDC_ISSUER}, {@code DASHBOARD_OIDC_CLIENT_ID} and {@code DASHBOARD_OIDC_SCOPE}): the OpenID
 * Connect provider's issuer, the pages' public client id and the scopes to ask for. Without an issuer and a client id
 * a page only accepts a token handed to it in its URL fragment ({@code run-local.sh} prints such URLs). An unset or
 * blank issuer is the one the services trust ({@link #orIssuer}).
 */
@ConfigurationProperties("regional-days.pages.sign-in")
public record SignInSettings(String issuer, String clientId, String scope) {

    public SignInSettings {
        issuer = blankToNull(issuer);
        clientId = blankToNull(clientId);
        scope = scope == null || scope.isBlank() ? "openid" : scope;
    }

    /** These settings, with {@code issuer} when none of their own is set. */
    SignInSettings orIssuer(String fallback) {
        return issuer == null ? new SignInSettings(fallback, clientId, scope) : this;
    }

    /** Both an issuer and a client id: the pages can sign users in against the provider. */
    boolean complete() {
        return issuer != null && clientId != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
