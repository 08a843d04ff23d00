package org.mediation.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One clear line, instead of a stack trace, when a service is started without a way to check tokens. */
class MissingTokenSettingsAnalyzer extends AbstractFailureAnalyzer<MissingTokenSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingTokenSettings cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set JWT_SECRET (at least " + TokenSettings.MIN_SECRET_BYTES + " bytes, e.g. `openssl rand -hex 32`), "
                        + "or JWT_ISSUER_URI (or JWT_JWK_SET_URI) of your OpenID Connect provider; see docs/security.md."
                        + " The development secret exists only under the `local` profile.",
                cause);
    }
}
