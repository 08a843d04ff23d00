package org.mediation.synthesis.access;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, from the bearer token's {@code sub}, {@code roles} and {@code region} claims. */
public record Caller(String userId, List<String> roles, String region) {

    public static final String REGIONAL_TEAM = "REGIONAL_TEAM";
    public static final String NATIONAL_OFFICE = "NATIONAL_OFFICE";
    public static final String OPERATOR = "OPERATOR";

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(jwt.getSubject(), roles == null ? List.of() : roles, jwt.getClaimAsString("region"));
    }

    public boolean isRegionalTeamOf(String dayRegion) {
        return roles.contains(REGIONAL_TEAM) && dayRegion.equals(region);
    }

    public boolean isNational() {
        return roles.contains(NATIONAL_OFFICE) || roles.contains(OPERATOR);
    }

    /** National figures, the stream and lineage: the national office and operators. */
    public void requireNational() {
        if (!isNational()) {
            throw new AccessDeniedException("National figures are for the national office and operators.");
        }
    }

    /** Replays and audits. */
    public void requireOperator() {
        if (!roles.contains(OPERATOR)) {
            throw new AccessDeniedException("Replays are for operators.");
        }
    }

    /** Days and counts: that region's team, the national office and operators. */
    public void requireReaderOf(String dayRegion) {
        if (!isRegionalTeamOf(dayRegion) && !isNational()) {
            throw new AccessDeniedException("This regional day belongs to another region.");
        }
    }
}
