package org.mediation.resource.access;

import static org.mediation.platform.security.Caller.REGIONAL_TEAM;
import static org.mediation.platform.security.Refusals.unless;

import org.mediation.platform.security.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

/** The resource context's access rules, over the caller of the bearer token. */
public record Access(Caller caller) {

    public static Access of(Jwt jwt) {
        return new Access(Caller.of(jwt));
    }

    public String region() {
        return caller.region();
    }

    public boolean isNational() {
        return caller.isNational();
    }

    /** A region never sees another region's unshared resources; the national office and operators see all. */
    public boolean canSee(String originRegion, boolean shared) {
        return shared || isNational() || originRegion.equals(region());
    }

    /** A day's stand: that region's team, the national office and operators. */
    public void requireReaderOf(String dayRegion) {
        unless(caller.has(REGIONAL_TEAM, dayRegion) || isNational(), "This regional day belongs to another region.");
    }

    /** Writes: only the regional team of that region. */
    public void requireRegionalTeamOf(String someRegion) {
        unless(caller.has(REGIONAL_TEAM, someRegion), "Only the regional team of that region may do this.");
    }

    /** Publishing: a regional team, whose region becomes the resource's origin region. */
    public String requireRegionalTeam() {
        unless(
                caller.has(REGIONAL_TEAM) && region() != null,
                "Only a regional team, with its region in the token, may do this.");
        return region();
    }
}
