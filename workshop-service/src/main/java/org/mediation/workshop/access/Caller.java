package org.mediation.workshop.access;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, from the bearer token's {@code sub}, {@code roles} and {@code region} claims. */
public record Caller(String userId, List<String> roles, String region) {

    public static final String REGIONAL_TEAM = "REGIONAL_TEAM";
    public static final String RAPPORTEUR = "RAPPORTEUR";
    public static final String NATIONAL_OFFICE = "NATIONAL_OFFICE";
    public static final String OPERATOR = "OPERATOR";

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(jwt.getSubject(), roles == null ? List.of() : roles, jwt.getClaimAsString("region"));
    }

    public boolean isRegionalTeamOf(String workshopRegion) {
        return roles.contains(REGIONAL_TEAM) && workshopRegion.equals(region);
    }

    /** A rapporteur acts only under its own {@code sub}, in its own region. */
    public boolean isRapporteur(String rapporteurUserId, String workshopRegion) {
        return roles.contains(RAPPORTEUR) && workshopRegion.equals(region) && userId.equals(rapporteurUserId);
    }

    public boolean isNational() {
        return roles.contains(NATIONAL_OFFICE) || roles.contains(OPERATOR);
    }

    /** Planning a workshop for a day this service does not know yet: any regional team may learn that. */
    public void requireRegionalTeam() {
        if (!roles.contains(REGIONAL_TEAM)) {
            throw new AccessDeniedException("Only a regional team may plan workshops.");
        }
    }

    /** Planning and publishing: only the regional team of the workshop's region. */
    public void requireRegionalTeamOf(String workshopRegion) {
        if (!isRegionalTeamOf(workshopRegion)) {
            throw new AccessDeniedException("Only the regional team of " + workshopRegion + " may do this.");
        }
    }

    /** Contributions and submission: the workshop's assigned rapporteur, or the regional team of its region. */
    public void requireRecorderOf(String workshopRegion, String rapporteurUserId) {
        if (!isRegionalTeamOf(workshopRegion) && !isRapporteur(rapporteurUserId, workshopRegion)) {
            throw new AccessDeniedException(
                    "Only the workshop's rapporteur or the regional team of " + workshopRegion + " may do this.");
        }
    }

    /** Reading: that region's team and rapporteurs, the national office and operators. */
    public void requireReaderOf(String workshopRegion) {
        boolean regional =
                workshopRegion.equals(region) && (roles.contains(REGIONAL_TEAM) || roles.contains(RAPPORTEUR));
        if (!regional && !isNational()) {
            throw new AccessDeniedException("This workshop belongs to another region.");
        }
    }
}
