package org.mediation.platform.pages;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;

/** The provider the pages sign in through, when one is set up completely (an issuer and a client id). */
public final class PageSignIn {

    private final SignInSettings settings;

    /** {@code servicesIssuer}: the provider whose tokens the services trust (JWT_ISSUER_URI), the pages' by default. */
    public PageSignIn(SignInSettings settings, @Value("${regional-days.security.issuer-uri:}") String servicesIssuer) {
        this.settings = settings.orIssuer(servicesIssuer);
    }

    public Optional<SignInSettings> provider() {
        return Optional.of(settings).filter(SignInSettings::complete);
    }
}
