package org.mediation.resource.catalogue.query;

import java.util.List;

public record ResourcePage(List<ResourceView> content, int page, int size, long totalElements) {}
