package org.mediation.resource.catalogue.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ResourceShared(String resourceId, String originRegion) {}
