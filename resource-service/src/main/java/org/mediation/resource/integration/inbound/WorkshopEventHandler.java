package org.mediation.resource.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.springwolf.bindings.kafka.annotations.KafkaAsyncOperationBinding;
import io.github.springwolf.core.asyncapi.annotations.AsyncListener;
import io.github.springwolf.core.asyncapi.annotations.AsyncMessage;
import io.github.springwolf.core.asyncapi.annotations.AsyncOperation;
import java.io.IOException;
import java.util.List;
import org.mediation.platform.cloudevents.InboundCloudEvent;
import org.mediation.platform.inbox.Inbox;
import org.mediation.resource.catalogue.query.KnownThemes;
import org.springframework.stereotype.Component;

/**
 * Learns the national theme catalogue from {@code workshop-events} ({@link KnownThemes}); the workshops' own events are
 * ignored. An event id seen before is skipped; a record that cannot be read fails and goes to the dead-letter topic.
 */
@Component
class WorkshopEventHandler {

    private final ObjectMapper json;
    private final KnownThemes themes;
    private final Inbox inbox;

    WorkshopEventHandler(ObjectMapper json, KnownThemes themes, Inbox inbox) {
        this.json = json;
        this.themes = themes;
        this.inbox = inbox;
    }

    // spotless:off
    @AsyncListener(operation = @AsyncOperation(channelName = "workshop-events", description = "A theme a resource may now be tagged with.", payloadType = ThemeDataV1.class,
            message = @AsyncMessage(messageId = ThemeDataV1.ADDED, name = ThemeDataV1.ADDED)))
    @AsyncListener(operation = @AsyncOperation(channelName = "workshop-events", description = "The theme's labels now.", payloadType = ThemeDataV1.class,
            message = @AsyncMessage(messageId = ThemeDataV1.RELABELLED, name = ThemeDataV1.RELABELLED)))
    @AsyncListener(operation = @AsyncOperation(channelName = "workshop-events", description = "Marked retired; resources may still be tagged with it.", payloadType = ThemeDataV1.class,
            message = @AsyncMessage(messageId = ThemeDataV1.RETIRED, name = ThemeDataV1.RETIRED)))
    @KafkaAsyncOperationBinding(groupId = "resource-service")
    // spotless:on
    void handle(List<InboundCloudEvent> events) {
        inbox.onceEach(events, this::apply);
    }

    private void apply(InboundCloudEvent event) throws IOException {
        switch (event.type()) {
            case ThemeDataV1.ADDED, ThemeDataV1.RELABELLED -> {
                ThemeDataV1 theme = json.treeToValue(event.data(), ThemeDataV1.class);
                themes.learn(theme.code(), theme.labelFr(), theme.labelEn());
            }
            case ThemeDataV1.RETIRED ->
                themes.retire(json.treeToValue(event.data(), ThemeDataV1.class).code());
            default -> {
                // the workshops' own events tell the resource centre nothing
            }
        }
    }
}
