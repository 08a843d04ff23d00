package org.mediation.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventData;
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

/**
 * The reads by unique indexes answer exactly what Axon's queries answer on the same collection: the same events, in
 * the same order, with the same tokens; so do events stored before the strategy, once its indexes are ensured.
 */
class IndexedEventStorageStrategyTest {

    private static final Duration LOOK_BACK = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private final StorageStrategy axon =
            new DocumentPerEventStorageStrategy(EventEntryConfiguration.getDefault(), LOOK_BACK);
    private StorageStrategy ours;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> events;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        events = client.getDatabase("test").getCollection("domainevents");
        ours = new IndexedEventStorageStrategy(
                LOOK_BACK, new EventSeconds(client.getDatabase("test").getCollection("domainevents_by_second")));
        ours.ensureIndexes(events, client.getDatabase("test").getCollection("snapshotevents"));
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

    @Test
    void same_batches_and_tokens_for_a_token_far_behind_across_many_chunks_of_seconds() {
        List<String> appended = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            appended.add(append("day-" + (i % 3), i / 3, T0.plusSeconds(250L * i)));
        }
        assertThat(trail(ours)).isEqualTo(trail(axon));
        assertThat(ids(trail(ours))).containsExactlyElementsOf(appended);
    }

    @Test
    void an_aggregate_reads_the_same_from_any_sequence_number() {
        for (int i = 0; i < 12; i++) {
            append("day-a", i, T0.plusSeconds(i));
            append("day-b", i, T0.plusSeconds(i));
        }
        for (long first : List.of(0L, 5L, 11L, 12L)) {
            assertThat(sequences(ours.findDomainEvents(events, "day-a", first, 100)))
                    .isEqualTo(sequences(axon.findDomainEvents(events, "day-a", first, 100)));
        }
        assertThat(sequences(ours.findDomainEvents(events, "day-b", 3, 4))).containsExactly(3L, 4L, 5L, 6L);
        assertThat(ours.findDomainEvents(events, "day-none", 0, 100)).isEmpty();
    }

    @Test
    void events_stored_before_the_strategy_are_read_once_its_indexes_are_ensured() {
        client.getDatabase("test").drop();
        List<String> appended = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = UUID.randomUUID().toString();
            axon.appendEvents(events, List.of(event("day-old", i, id, T0.plusSeconds(i))), serializer);
            appended.add(id);
        }
        ours.ensureIndexes(events, client.getDatabase("test").getCollection("snapshotevents"));
        appended.add(append("day-old", 6, T0.plusSeconds(6)));

        assertThat(trail(ours)).isEqualTo(trail(axon));
        assertThat(ids(trail(ours))).containsExactlyElementsOf(appended);
        assertThat(sequences(ours.findDomainEvents(events, "day-old", 0, 100)))
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void an_event_whose_append_was_refused_is_never_tracked() {
        String stored = append("day-c", 0, T0);
        assertThatThrownBy(() -> append("day-c", 0, T0.plusMillis(1))).isInstanceOf(MongoException.class);

        assertThat(ids(trail(ours))).containsExactly(stored);
    }

    @Test
    void axons_indexes_on_the_events_of_a_store_written_before_are_dropped_its_snapshots_keep_theirs() {
        MongoDatabase before = client.getDatabase("before");
        axon.ensureIndexes(before.getCollection("domainevents"), before.getCollection("snapshotevents"));

        ours.ensureIndexes(before.getCollection("domainevents"), before.getCollection("snapshotevents"));

        assertThat(indexNames(before.getCollection("domainevents")))
                .contains("aggregateSequence_1", "eventIdentifier_1")
                .doesNotContain("uniqueAggregateIndex", "orderedEventStreamIndex");
        assertThat(indexNames(before.getCollection("snapshotevents"))).contains("uniqueAggregateIndex");
        assertThat(indexNames(events)).doesNotContain("uniqueAggregateIndex");
    }

    private static List<String> indexNames(MongoCollection<Document> collection) {
        return collection.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>());
    }

    /** Every event and token the strategy hands a processor that starts at the first event, 4 a poll. */
    private List<String> trail(StorageStrategy strategy) {
        List<String> seen = new ArrayList<>();
        TrackingToken token = null;
        for (int poll = 0; poll < 100; poll++) {
            List<? extends TrackedEventData<?>> batch = strategy.findTrackedEvents(events, token, 4);
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(event -> seen.add(event.getEventIdentifier() + " " + event.trackingToken()));
            token = batch.get(batch.size() - 1).trackingToken();
        }
        return seen;
    }

    private static List<String> ids(List<String> trail) {
        return trail.stream().map(line -> line.substring(0, line.indexOf(' '))).toList();
    }

    private static List<Long> sequences(List<? extends DomainEventData<?>> read) {
        return read.stream().map(DomainEventData::getSequenceNumber).toList();
    }

    private String append(String aggregate, long sequence, Instant timestamp) {
        String id = UUID.randomUUID().toString();
        ours.appendEvents(events, List.of(event(aggregate, sequence, id, timestamp)), serializer);
        return id;
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence, String id, Instant at) {
        return new GenericDomainEventMessage<>("RegionalDay", aggregate, sequence, "payload", Map.of(), id, at);
    }

    private static List<String> summary(List<? extends TrackedEventData<?>> batch) {
        return batch.stream()
                .map(event -> event.getEventIdentifier() + " " + event.trackingToken())
                .toList();
    }
}
