package org.mediation.resource.catalogue.api;

public record ResourceShared(String resourceId, String originRegion) {}
