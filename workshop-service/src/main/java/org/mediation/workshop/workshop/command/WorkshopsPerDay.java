package org.mediation.workshop.workshop.command;

/**
 * Rule: a regional day has at most {@value #MAX} workshops. A real day has a handful (five in Liévin for about 250
 * people); fifty leaves room for any programme and keeps what grows with a day's workshops (this service's list of
 * them, synthesis' day) bounded.
 */
final class WorkshopsPerDay {

    static final int MAX = 50;

    private WorkshopsPerDay() {}

    static void requireRoomOn(String regionalDayId, PlannedWorkshops planned) {
        if (planned.plannedOn(regionalDayId) >= MAX) {
            throw new RuleViolation("The regional day already has " + MAX + " workshops, the most a day can have.");
        }
    }
}
