package org.mediation.resource.catalogue.command;

/**
 * Rule: a regional day's stand offers at most {@value #MAX} resources. The reception table in Liévin held a
 * bibliography, some experience sheets and a few books; a hundred leaves room for any stand and keeps what grows with
 * a stand (its list here, synthesis' day) bounded. Counted per day: no other day, in any region, uses up a stand's
 * room.
 */
final class StandEntriesPerDay {

    static final int MAX = 100;

    private StandEntriesPerDay() {}

    static void requireRoomOn(String regionalDayId, OfferedAtStands offered) {
        if (offered.offeredAt(regionalDayId) >= MAX) {
            throw new RuleViolation(
                    "The stand of this regional day already offers " + MAX + " resources, the most a stand can.");
        }
    }
}
