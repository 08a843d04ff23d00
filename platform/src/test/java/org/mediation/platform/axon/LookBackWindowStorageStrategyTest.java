package org.mediation.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.StorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tracking query without {@code $nin} answers exactly what Axon's answers: same events, same tokens. */
class LookBackWindowStorageStrategyTest {

    private static final Duration LOOK_BACK = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private final StorageStrategy axon =
            new DocumentPerEventStorageStrategy(EventEntryConfiguration.getDefault(), LOOK_BACK);
    private final StorageStrategy ours = new LookBackWindowStorageStrategy(LOOK_BACK);

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> events;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        events = client.getDatabase("test").getCollection("domainevents");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void same_batches_and_tokens_including_a_commit_that_lands_late_inside_the_window() {
        List<String> appended = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            appended.add(append("day-" + (i % 2), i / 2, T0.plusSeconds(i)));
        }
        TrackingToken axonToken = null;
        TrackingToken ourToken = null;
        List<String> published = new ArrayList<>();
        for (int poll = 0; poll < 5; poll++) {
            List<? extends TrackedEventData<?>> expected = axon.findTrackedEvents(events, axonToken, 3);
            List<? extends TrackedEventData<?>> actual = ours.findTrackedEvents(events, ourToken, 3);
            assertThat(summary(actual)).isEqualTo(summary(expected));
            actual.forEach(event -> published.add(event.getEventIdentifier()));
            if (!actual.isEmpty()) {
                axonToken = expected.get(expected.size() - 1).trackingToken();
                ourToken = actual.get(actual.size() - 1).trackingToken();
            }
            if (poll == 2) {
                appended.add(append("day-late", 0, T0.plusSeconds(2)));
            }
        }
        assertThat(published).containsExactlyInAnyOrderElementsOf(appended);
    }

    private String append(String aggregate, long sequence, Instant timestamp) {
        String id = UUID.randomUUID().toString();
        ours.appendEvents(
                events,
                List.of(new GenericDomainEventMessage<>(
                        "RegionalDay", aggregate, sequence, "payload", Map.of(), id, timestamp)),
                serializer);
        return id;
    }

    private static List<String> summary(List<? extends TrackedEventData<?>> batch) {
        return batch.stream()
                .map(event -> event.getEventIdentifier() + " " + event.trackingToken())
                .toList();
    }
}
