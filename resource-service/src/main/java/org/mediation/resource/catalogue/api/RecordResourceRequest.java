package org.mediation.resource.catalogue.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A participant took or asked for the resource at a stand; {@code registrationId} may be null. */
public record RecordResourceRequest(
        @TargetAggregateIdentifier String resourceId, String regionalDayId, String requestId, String registrationId) {}
