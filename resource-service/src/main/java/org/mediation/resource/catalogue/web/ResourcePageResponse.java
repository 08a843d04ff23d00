package org.mediation.resource.catalogue.web;

import java.util.List;
import org.mediation.resource.access.Access;
import org.mediation.resource.catalogue.query.ResourcePage;

record ResourcePageResponse(List<ResourceResponse> content, int page, int size, long totalElements) {

    static ResourcePageResponse of(ResourcePage page, Access caller) {
        return new ResourcePageResponse(
                page.content().stream()
                        .map(view -> ResourceResponse.of(view, caller))
                        .toList(),
                page.page(),
                page.size(),
                page.totalElements());
    }
}
