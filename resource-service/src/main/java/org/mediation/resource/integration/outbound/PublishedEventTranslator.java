package org.mediation.resource.integration.outbound;

import java.util.Optional;
import org.mediation.resource.catalogue.api.ResourceDetails;
import org.mediation.resource.catalogue.api.ResourceOfferedAtStand;
import org.mediation.resource.catalogue.api.ResourcePublished;
import org.mediation.resource.catalogue.api.ResourceRequested;
import org.mediation.resource.catalogue.api.ResourceRevised;
import org.mediation.resource.catalogue.api.ResourceShared;
import org.mediation.resource.catalogue.api.ResourceWithdrawn;
import org.mediation.resource.catalogue.api.ThemeCode;
import org.springframework.stereotype.Component;

/** The one place where internal events become published ones; the subject (and record key) is the resource id. */
@Component
class PublishedEventTranslator {

    private static final String PREFIX = "resource.";
    private static final String VERSION = ".v1";

    Optional<PublishedEvent> translate(Object event) {
        if (event instanceof ResourcePublished e) {
            return published(
                    "ResourcePublished", e.resourceId(), described(e.resourceId(), e.originRegion(), e.details()));
        }
        if (event instanceof ResourceRevised e) {
            return published(
                    "ResourceRevised", e.resourceId(), described(e.resourceId(), e.originRegion(), e.details()));
        }
        if (event instanceof ResourceWithdrawn e) {
            return published("ResourceWithdrawn", e.resourceId(), new ResourceRefV1(e.resourceId(), e.originRegion()));
        }
        if (event instanceof ResourceShared e) {
            return published("ResourceShared", e.resourceId(), new ResourceRefV1(e.resourceId(), e.originRegion()));
        }
        if (event instanceof ResourceOfferedAtStand e) {
            return published(
                    "ResourceOfferedAtStand",
                    e.resourceId(),
                    new ResourceOfferedAtStandV1(e.resourceId(), e.regionalDayId(), e.region()));
        }
        if (event instanceof ResourceRequested e) {
            return published(
                    "ResourceRequested",
                    e.resourceId(),
                    new ResourceRequestedV1(
                            e.resourceId(), e.regionalDayId(), e.region(), e.requestId(), e.registrationId()));
        }
        return Optional.empty();
    }

    private static ResourceDescribedV1 described(String resourceId, String originRegion, ResourceDetails d) {
        return new ResourceDescribedV1(
                resourceId,
                d.kind().name(),
                d.title(),
                d.authors(),
                d.publisher(),
                d.year(),
                d.themeCodes().stream().map(ThemeCode::name).toList(),
                originRegion,
                d.url(),
                d.isbn());
    }

    private static Optional<PublishedEvent> published(String name, String subject, Object data) {
        return Optional.of(new PublishedEvent(PREFIX + name + VERSION, subject, data));
    }
}
