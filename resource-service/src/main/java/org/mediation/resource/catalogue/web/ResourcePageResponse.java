package org.mediation.resource.catalogue.web;

import java.util.List;
import org.mediation.resource.catalogue.query.ResourcePage;

record ResourcePageResponse(List<ResourceResponse> content, int page, int size, long totalElements) {

    static ResourcePageResponse of(ResourcePage page) {
        return new ResourcePageResponse(
                page.content().stream().map(ResourceResponse::of).toList(),
                page.page(),
                page.size(),
                page.totalElements());
    }
}
