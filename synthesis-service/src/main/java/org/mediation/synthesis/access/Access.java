package org.mediation.synthesis.access;

import static org.mediation.platform.security.Caller.NATIONAL_OFFICE;
import static org.mediation.platform.security.Caller.OPERATOR;
import static org.mediation.platform.security.Caller.REGIONAL_TEAM;
import static org.mediation.platform.security.Refusals.unless;

import org.mediation.platform.security.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

/** The synthesis context's access rules, over the caller of the bearer token. */
public record Access(Caller caller) {

    public static Access of(Jwt jwt) {
        return new Access(Caller.of(jwt));
    }

    public String userId() {
        return caller.userId();
    }

    /** National figures, the stream and lineage: the national office and operators. */
    public void requireNational() {
        unless(caller.isNational(), "National figures are for the national office and operators.");
    }

    /** Editing the national restitution: the national office. */
    public void requireNationalOffice() {
        unless(caller.has(NATIONAL_OFFICE), "Editions of the national restitution are edited by the national office.");
    }

    /** Published versions of the national restitution: the national office, operators and every regional team. */
    public void requireEditionReader() {
        unless(
                caller.isNational() || caller.has(REGIONAL_TEAM),
                "Published restitutions are for regional teams, the national office and operators.");
    }

    public boolean national() {
        return caller.isNational();
    }

    /** Replays and audits. */
    public void requireOperator() {
        unless(caller.has(OPERATOR), "Replays and the audit log are for operators.");
    }

    /** Days and counts: that region's team, the national office and operators. */
    public void requireReaderOf(String dayRegion) {
        unless(
                caller.has(REGIONAL_TEAM, dayRegion) || caller.isNational(),
                "This regional day belongs to another region.");
    }
}
