package org.mediation.resource.integration.outbound;

import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import io.github.springwolf.core.asyncapi.annotations.AsyncPublisher;
import java.util.Optional;
import org.mediation.platform.outbox.PublishedEvent;
import org.mediation.resource.catalogue.api.ResourceDetails;
import org.mediation.resource.catalogue.api.ResourceOfferedAtStand;
import org.mediation.resource.catalogue.api.ResourcePublished;
import org.mediation.resource.catalogue.api.ResourceRequested;
import org.mediation.resource.catalogue.api.ResourceRevised;
import org.mediation.resource.catalogue.api.ResourceShared;
import org.mediation.resource.catalogue.api.ResourceWithdrawn;
import org.springframework.stereotype.Component;

/**
 * The one place where internal events become published ones, on {@value #TOPIC}; the subject (and record key) is the
 * resource id, and the platform's outbox sends them as CloudEvents. The annotations are the AsyncAPI document
 * ({@code /springwolf/docs}).
 */
@Component
class PublishedEventTranslator implements org.mediation.platform.outbox.PublishedEventTranslator {

    static final String TOPIC = "resource-events";

    // spotless:off
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ResourceDescribedV1.class,
            message = @AsyncMessage(messageId = ResourceDescribedV1.PUBLISHED, name = ResourceDescribedV1.PUBLISHED, description = "A regional team published a resource.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ResourceDescribedV1.class,
            message = @AsyncMessage(messageId = ResourceDescribedV1.REVISED, name = ResourceDescribedV1.REVISED, description = "The origin region revised the resource (whole description).")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ResourceRefV1.class,
            message = @AsyncMessage(messageId = ResourceRefV1.WITHDRAWN, name = ResourceRefV1.WITHDRAWN, description = "The origin region withdrew the resource.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ResourceRefV1.class,
            message = @AsyncMessage(messageId = ResourceRefV1.SHARED, name = ResourceRefV1.SHARED, description = "The origin region shared the resource with every region.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ResourceOfferedAtStandV1.class,
            message = @AsyncMessage(messageId = ResourceOfferedAtStandV1.TYPE, name = ResourceOfferedAtStandV1.TYPE, description = "The resource is offered at a regional day stand.")))
    @AsyncPublisher(operation = @AsyncOperation(channelName = TOPIC, payloadType = ResourceRequestedV1.class,
            message = @AsyncMessage(messageId = ResourceRequestedV1.TYPE, name = ResourceRequestedV1.TYPE, description = "A participant asked for the resource at a stand.")))
    @KafkaAsyncOperationBinding
    // spotless:on
    @Override
    public Optional<PublishedEvent> translate(Object event) {
        if (event instanceof ResourcePublished e) {
            return published(
                    ResourceDescribedV1.PUBLISHED,
                    e.resourceId(),
                    described(e.resourceId(), e.originRegion(), e.details()));
        }
        if (event instanceof ResourceRevised e) {
            return published(
                    ResourceDescribedV1.REVISED,
                    e.resourceId(),
                    described(e.resourceId(), e.originRegion(), e.details()));
        }
        if (event instanceof ResourceWithdrawn e) {
            return published(
                    ResourceRefV1.WITHDRAWN, e.resourceId(), new ResourceRefV1(e.resourceId(), e.originRegion()));
        }
        if (event instanceof ResourceShared e) {
            return published(ResourceRefV1.SHARED, e.resourceId(), new ResourceRefV1(e.resourceId(), e.originRegion()));
        }
        if (event instanceof ResourceOfferedAtStand e) {
            return published(
                    ResourceOfferedAtStandV1.TYPE,
                    e.resourceId(),
                    new ResourceOfferedAtStandV1(e.resourceId(), e.regionalDayId(), e.region()));
        }
        if (event instanceof ResourceRequested e) {
            return published(
                    ResourceRequestedV1.TYPE,
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
                d.themeCodes(),
                originRegion,
                d.url(),
                d.isbn());
    }

    private static Optional<PublishedEvent> published(String type, String subject, Object data) {
        return Optional.of(new PublishedEvent(type, subject, data));
    }
}
