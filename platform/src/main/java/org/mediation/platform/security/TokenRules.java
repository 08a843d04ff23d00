package org.mediation.platform.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * What every accepted token must carry, whoever signed it: an expiry (and not be past it, give or take the clock skew), a
 * subject, and the configured issuer and audience when they are set. A token that fails any of them is a 401.
 */
final class TokenRules {

    private TokenRules() {}

    static OAuth2TokenValidator<Jwt> of(TokenSettings settings) {
        List<OAuth2TokenValidator<Jwt>> rules = new ArrayList<>(List.of(
                new JwtTimestampValidator(settings.clockSkew()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank())));
        if (settings.expectedIssuer() != null) {
            rules.add(new JwtIssuerValidator(settings.expectedIssuer()));
        }
        if (settings.hasAudience()) {
            rules.add(new JwtClaimValidator<List<String>>(
                    JwtClaimNames.AUD, audience -> audience != null && audience.contains(settings.audience())));
        }
        return new DelegatingOAuth2TokenValidator<>(rules);
    }
}
