package org.mediation.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event store as the platform builds it: a small cache of events, and a producer woken once a window after
 * commits. Axon's fetch delay is 5 s here, so that a wake-up is told from a poll.
 */
class CoalescingEventStoreTest {

    private static final int CACHED_EVENTS = 10;

    private MongoServer server;
    private MongoClient client;
    private CoalescingEventStore store;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        Serializer serializer = JacksonSerializer.defaultSerializer();
        IndexedEventStorageStrategy strategy = new IndexedEventStorageStrategy(
                Duration.ofSeconds(10),
                new EventSeconds(client.getDatabase("test").getCollection("domainevents_by_second")));
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, "test")
                        .build())
                .storageStrategy(strategy)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        store = new CoalescingEventStore(
                EmbeddedEventStore.builder()
                        .storageEngine(engine)
                        .cachedEvents(CACHED_EVENTS)
                        .fetchDelay(5_000),
                Duration.ofMillis(50));
    }

    @AfterEach
    void stop() {
        store.shutDown();
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_processor_further_behind_than_the_cache_still_reads_every_event_in_order() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = tailing()) {
            List<String> appended = new ArrayList<>();
            for (int i = 0; i < 6 * CACHED_EVENTS; i++) {
                appended.add(append("day-" + (i % 3), i / 3));
            }

            assertThat(read(stream, appended.size())).containsExactlyElementsOf(appended);
        }
    }

    @Test
    void a_processor_waiting_at_the_head_is_woken_by_a_commit_not_by_the_next_poll() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = tailing()) {
            String next = append("day-b", 0);

            assertThat(stream.hasNextAvailable(2, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getIdentifier()).isEqualTo(next);
        }
    }

    /**
     * A stream that has read the one event stored and waits at the head of the cache, its producer waiting for news.
     */
    private BlockingStream<TrackedEventMessage<?>> tailing() throws InterruptedException {
        String first = append("day-a", 0);
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null);
        assertThat(read(stream, 1)).containsExactly(first);
        assertThat(stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();
        return stream;
    }

    private static List<String> read(BlockingStream<TrackedEventMessage<?>> stream, int count)
            throws InterruptedException {
        List<String> read = new ArrayList<>();
        while (read.size() < count && stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
            read.add(stream.nextAvailable().getIdentifier());
        }
        return read;
    }

    private String append(String day, long sequence) {
        String id = UUID.randomUUID().toString();
        store.publish(
                new GenericDomainEventMessage<>("RegionalDay", day, sequence, "payload", Map.of(), id, Instant.now()));
        return id;
    }
}
