package org.mediation.synthesis.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the dashboard signs users in ({@code synthesis.dashboard.sign-in.*}): the OpenID Connect provider's issuer, the
 * dashboard's public client id and the scopes to ask for. Without an issuer and a client id the page only accepts a
 * token handed to it in its URL fragment ({@code run-local.sh} prints such URLs). An unset or blank issuer is the one
 * the services trust ({@link #orIssuer}).
 */
@ConfigurationProperties("synthesis.dashboard.sign-in")
record DashboardSettings(String issuer, String clientId, String scope) {

    DashboardSettings {
        issuer = blankToNull(issuer);
        clientId = blankToNull(clientId);
        scope = scope == null || scope.isBlank() ? "openid" : scope;
    }

    /** These settings, with {@code issuer} when none of their own is set. */
    DashboardSettings orIssuer(String fallback) {
        return issuer == null ? new DashboardSettings(fallback, clientId, scope) : this;
    }

    /** Both an issuer and a client id: the page can sign users in against the provider. */
    boolean complete() {
        return issuer != null && clientId != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
