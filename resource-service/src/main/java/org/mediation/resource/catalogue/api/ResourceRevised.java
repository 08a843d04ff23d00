package org.mediation.resource.catalogue.api;

public record ResourceRevised(String resourceId, String originRegion, ResourceDetails details) {}
