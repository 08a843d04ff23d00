package org.mediation.resource.catalogue.api;

public record ResourcePublished(String resourceId, String originRegion, ResourceDetails details) {}
