package org.mediation.resource.access;

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

    public boolean isRegionalTeamOf(String someRegion) {
        return roles.contains(REGIONAL_TEAM) && someRegion.equals(region);
    }

    public boolean isNational() {
        return roles.contains(NATIONAL_OFFICE) || roles.contains(OPERATOR);
    }

    /** A region never sees another region's unshared resources; the national office and operators see all. */
    public boolean canSee(String originRegion, boolean shared) {
        return shared || isNational() || originRegion.equals(region);
    }

    /** Writes: only the regional team of that region. */
    public void requireRegionalTeamOf(String someRegion) {
        if (!isRegionalTeamOf(someRegion)) {
            throw new AccessDeniedException("Only the regional team of " + someRegion + " may do this.");
        }
    }

    /** Publishing: a regional team, whose region becomes the resource's origin region. */
    public String requireRegionalTeam() {
        if (!roles.contains(REGIONAL_TEAM) || region == null) {
            throw new AccessDeniedException("Only a regional team, with its region in the token, may do this.");
        }
        return region;
    }
}
