package org.mediation.resource.catalogue.command;

import org.mediation.resource.catalogue.api.RecordResourceRequest;

/**
 * A request is recorded at a stand that offers the resource that day, at most {@value #MAX_REQUESTS_PER_DAY} times
 * for one resource at one day (a copy every 15 seconds over an 8-hour day; the largest days hold a few thousand
 * people), and at most once per registration: asking again for the same resource is the same interest. Counted per
 * day, so another day's stand, in any region, never uses up this one's.
 */
final class StandRequestPolicy {

    static final int MAX_REQUESTS_PER_DAY = 2_000;

    private StandRequestPolicy() {}

    static void check(StandOffers offers, RecordResourceRequest request) {
        String dayId = request.regionalDayId();
        if (!offers.offersAt(dayId)) {
            throw new RuleViolation("This resource is not on the stand of this regional day.");
        }
        if (offers.requestsAt(dayId) >= MAX_REQUESTS_PER_DAY) {
            throw new RuleViolation("This resource already met " + MAX_REQUESTS_PER_DAY
                    + " requests at this regional day, the most one stand entry records.");
        }
        if (request.registrationId() != null && offers.askedAt(dayId, request.registrationId())) {
            throw new RuleViolation(
                    "This registration's request for this resource is already recorded at this" + " regional day.");
        }
    }
}
