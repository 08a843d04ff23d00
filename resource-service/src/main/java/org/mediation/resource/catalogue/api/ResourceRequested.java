package org.mediation.resource.catalogue.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ResourceRequested(
        String resourceId, String regionalDayId, String region, String requestId, String registrationId) {}
