package org.mediation.workshop.workshop.api;

public record ContributionWithdrawn(String workshopId, String regionalDayId, String contributionId) {}
