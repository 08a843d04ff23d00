package org.mediation.platform.security;

/** The service cannot check bearer tokens: no secret, or one too short, and no OpenID Connect provider. */
class MissingTokenSettings extends IllegalStateException {

    MissingTokenSettings(String reason) {
        super(reason);
    }
}
