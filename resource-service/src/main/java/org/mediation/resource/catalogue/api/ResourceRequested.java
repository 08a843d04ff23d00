package org.mediation.resource.catalogue.api;

public record ResourceRequested(
        String resourceId, String regionalDayId, String region, String requestId, String registrationId) {}
