package org.mediation.platform.security;

import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from the bearer token's {@code sub}, {@code roles} and {@code region} claims. The role names are
 * the token contract every service shares; what a role may do where is each context's own rule.
 */
public record Caller(String userId, List<String> roles, String region) {

    public static final String REGIONAL_TEAM = "REGIONAL_TEAM";
    public static final String RAPPORTEUR = "RAPPORTEUR";
    public static final String NATIONAL_OFFICE = "NATIONAL_OFFICE";
    public static final String OPERATOR = "OPERATOR";

    public Caller {
        roles = List.copyOf(roles);
    }

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(jwt.getSubject(), roles == null ? List.of() : roles, jwt.getClaimAsString("region"));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The caller holds {@code role} for {@code someRegion}: the token's region is that region. */
    public boolean has(String role, String someRegion) {
        return has(role) && someRegion != null && someRegion.equals(region);
    }

    /** The national office and operators read every region. */
    public boolean isNational() {
        return has(NATIONAL_OFFICE) || has(OPERATOR);
    }
}
