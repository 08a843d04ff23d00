package org.mediation.workshop.workshop.api;

public record WorkshopPlanned(
        String workshopId, String regionalDayId, String region, String themeCode, String title, int capacity) {}
