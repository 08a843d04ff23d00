package org.mediation.workshop.access;

import static org.mediation.platform.security.Caller.NATIONAL_OFFICE;
import static org.mediation.platform.security.Caller.RAPPORTEUR;
import static org.mediation.platform.security.Caller.REGIONAL_TEAM;
import static org.mediation.platform.security.Refusals.unless;

import org.mediation.platform.security.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

/** The workshop context's access rules, over the caller of the bearer token. */
public record Access(Caller caller) {

    public static Access of(Jwt jwt) {
        return new Access(Caller.of(jwt));
    }

    /** A rapporteur acts only under its own {@code sub}, in its own region. */
    private boolean isRapporteur(String rapporteurUserId, String workshopRegion) {
        return caller.has(RAPPORTEUR, workshopRegion) && caller.userId().equals(rapporteurUserId);
    }

    /** Planning and publishing: only the regional team of the workshop's region. */
    public void requireRegionalTeamOf(String workshopRegion) {
        unless(
                caller.has(REGIONAL_TEAM, workshopRegion),
                "Only the regional team of the workshop's region may do this.");
    }

    /** Contributions and submission: the workshop's assigned rapporteur, or the regional team of its region. */
    public void requireRecorderOf(String workshopRegion, String rapporteurUserId) {
        unless(
                caller.has(REGIONAL_TEAM, workshopRegion) || isRapporteur(rapporteurUserId, workshopRegion),
                "Only the workshop's rapporteur or the regional team of its region may do this.");
    }

    /** Reading: that region's team and rapporteurs, the national office and operators. */
    public void requireReaderOf(String workshopRegion) {
        unless(isReaderOf(workshopRegion), "This workshop belongs to another region.");
    }

    /** Reading a day's programme: the same readers as its workshops'. */
    public void requireReaderOfDay(String dayRegion) {
        unless(isReaderOf(dayRegion), "This regional day belongs to another region.");
    }

    private boolean isReaderOf(String region) {
        return caller.has(REGIONAL_TEAM, region) || caller.has(RAPPORTEUR, region) || caller.isNational();
    }

    /** The national theme catalogue: the national office only. */
    public void requireNationalOffice() {
        unless(caller.has(NATIONAL_OFFICE), "Only the national office may change the theme catalogue.");
    }
}
