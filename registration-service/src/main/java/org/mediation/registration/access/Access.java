package org.mediation.registration.access;

import static org.mediation.platform.security.Caller.REGIONAL_TEAM;
import static org.mediation.platform.security.Refusals.unless;

import org.mediation.platform.security.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

/** The registration context's access rules, over the caller of the bearer token. */
public record Access(Caller caller) {

    public static Access of(Jwt jwt) {
        return new Access(Caller.of(jwt));
    }

    /** Writes and personal data: only the regional team of that region. */
    public void requireRegionalTeamOf(String dayRegion) {
        unless(caller.has(REGIONAL_TEAM, dayRegion), "Only the regional team of the day's region may do this.");
    }

    /** Days and counts: that region's team, the national office and operators. */
    public void requireReaderOf(String dayRegion) {
        unless(
                caller.has(REGIONAL_TEAM, dayRegion) || caller.isNational(),
                "This regional day belongs to another region.");
    }
}
