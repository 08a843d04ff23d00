package org.mediation.workshop.workshop.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record WorkshopPlanned(
        String workshopId, String regionalDayId, String region, String themeCode, String title, int capacity) {}
