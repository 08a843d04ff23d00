package org.mediation.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediation.platform.cloudevents.InboundCloudEvent;
import org.mediation.platform.cloudevents.UnreadableCloudEvent;

class InboxTest {

    private static final ObjectNode DATA = JsonNodeFactory.instance.objectNode();

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final List<String> commands = new ArrayList<>();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    commands.add(event.getCommandName());
                }
            })
            .build());
    private final Inbox inbox = new Inbox(client.getDatabase("test"), "processed", new SimpleMeterRegistry());
    private final MongoCollection<Document> processed =
            client.getDatabase("test").getCollection("processed");
    private final List<String> applied = new ArrayList<>();

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_batch_is_looked_up_and_remembered_in_one_round_trip_each() {
        inbox.onceEach(List.of(event("a"), event("b"), event("a"), event("c")), this::record);

        assertThat(applied).containsExactly("a", "b", "c");
        assertThat(commands).containsExactly("find", "update");
    }

    @Test
    void an_event_applied_before_is_skipped() {
        inbox.once(event("a"), this::record);
        inbox.onceEach(List.of(event("a"), event("b")), this::record);

        assertThat(applied).containsExactly("a", "b");
    }

    @Test
    void the_events_applied_before_a_failure_are_remembered() {
        assertThatThrownBy(() -> inbox.onceEach(List.of(event("a"), event("poison"), event("c")), this::record))
                .isInstanceOf(IllegalStateException.class);
        inbox.onceEach(List.of(event("a"), event("c")), this::record);

        assertThat(applied).containsExactly("a", "c");
    }

    @Test
    void the_same_id_from_another_source_is_another_event() {
        inbox.once(event("a"), this::record);
        inbox.once(
                new InboundCloudEvent("a", "/forger", "forger.Happened.v1", "s-1", Instant.now(), DATA), this::record);

        assertThat(applied).containsExactly("a", "a");
    }

    @Test
    void an_id_remembered_before_ids_were_scoped_still_counts_for_its_own_source_only() {
        processed.insertOne(new Document("_id", "a").append("type", "test.Happened.v1"));
        processed.insertOne(new Document("_id", "b").append("type", "other.Happened.v1"));

        inbox.onceEach(List.of(event("a"), event("b")), this::record);

        assertThat(applied).containsExactly("b");
    }

    @Test
    void data_of_another_shape_is_unreadable() {
        assertThatThrownBy(() -> inbox.once(event("a"), event -> {
                    throw new IOException("no such field");
                }))
                .isInstanceOf(UnreadableCloudEvent.class)
                .hasMessageContaining("a has data of another shape");
    }

    private void record(InboundCloudEvent event) {
        if (event.id().equals("poison")) {
            throw new IllegalStateException("cannot apply " + event.id());
        }
        applied.add(event.id());
    }

    private static InboundCloudEvent event(String id) {
        return new InboundCloudEvent(id, "/test", "test.Happened.v1", "s-1", Instant.now(), DATA);
    }
}
