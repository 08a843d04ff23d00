package org.mediation.resource.catalogue.command;

/** What this service knows of the stands: how many resources each regional day's stand offers. */
public interface OfferedAtStands {

    long offeredAt(String regionalDayId);
}
