package org.mediation.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One clear line, instead of a stack trace, when a service is started without a way to check tokens. */
class MissingTokenSettingsAnalyzer extends AbstractFailureAnalyzer<MissingTokenSettings> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingTokenSettings cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
