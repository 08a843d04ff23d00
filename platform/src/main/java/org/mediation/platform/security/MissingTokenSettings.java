package org.mediation.platform.security;

/**
 * The service cannot check bearer tokens as it must: no secret, or one too short, and no OpenID Connect provider; or
 * an issuer without an audience. Says what to set.
 */
class MissingTokenSettings extends IllegalStateException {

    private static final String SET_A_KEY_SOURCE = "Set JWT_SECRET (at least " + TokenSettings.MIN_SECRET_BYTES
            + " bytes, e.g. `openssl rand -hex 32`), or JWT_ISSUER_URI (or JWT_JWK_SET_URI) of your OpenID Connect"
            + " provider; see docs/security.md. The development secret exists only under the `local` profile.";

    private final String action;

    MissingTokenSettings(String reason) {
        this(reason, SET_A_KEY_SOURCE);
    }

    MissingTokenSettings(String reason, String action) {
        super(reason);
        this.action = action;
    }

    String action() {
        return action;
    }
}
