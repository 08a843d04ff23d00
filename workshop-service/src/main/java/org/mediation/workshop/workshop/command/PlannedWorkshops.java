package org.mediation.workshop.workshop.command;

/** What this service knows of the workshops already planned: how many each regional day has. */
public interface PlannedWorkshops {

    long plannedOn(String regionalDayId);
}
