package org.mediation.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's lag and reconciliation read the seconds they need, a few at a time, and hold none they do not. */
class EventSecondsTest {

    private static final EventEntryConfiguration SCHEMA = EventEntryConfiguration.getDefault();
    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");

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
    private final EventSeconds seconds =
            new EventSeconds(client.getDatabase("test").getCollection("domainevents_by_second"));

    @BeforeEach
    void threeEventsASecondForAMinute() {
        seconds.add(IntStream.range(0, 180)
                .mapToObj(i -> new Document(SCHEMA.eventIdentifierProperty(), "e-" + i)
                        .append(SCHEMA.aggregateIdentifierProperty(), "day-1")
                        .append(SCHEMA.sequenceNumberProperty(), (long) i)
                        .append(SCHEMA.timestampProperty(), formatInstant(START.plusSeconds(i / 3))))
                .toList());
        commands.clear();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void the_lag_counts_every_later_event() {
        assertThat(seconds.countAfter(START.plusSeconds(10))).isEqualTo(147);
    }

    @Test
    void a_stretch_ends_where_it_is_asked_to() {
        List<EventSeconds.Listed> between = seconds.between(START.plusSeconds(10), START.plusSeconds(20));

        assertThat(between).hasSize(30);
        assertThat(between.get(0).id()).isEqualTo("e-30");
        assertThat(between.get(29).id()).isEqualTo("e-59");
    }

    @Test
    void a_reader_that_wants_a_few_events_decodes_only_the_first_seconds() {
        List<EventSeconds.Listed> first = seconds.from(START, event -> true, 4);

        assertThat(first).extracting(EventSeconds.Listed::id).containsExactly("e-0", "e-1", "e-2", "e-3", "e-4", "e-5");
        assertThat(commands)
                .as("a window far behind the clock: the latest second first, then only what is needed")
                .containsExactly("find", "find", "killCursors");
    }

    @Test
    void a_poll_at_the_head_is_one_query() {
        Instant now = Instant.now();
        seconds.add(List.of(new Document(SCHEMA.eventIdentifierProperty(), "now")
                .append(SCHEMA.aggregateIdentifierProperty(), "day-2")
                .append(SCHEMA.sequenceNumberProperty(), 0L)
                .append(SCHEMA.timestampProperty(), formatInstant(now))));
        commands.clear();

        List<EventSeconds.Listed> head = seconds.from(now.minusSeconds(2), event -> true, 100);

        assertThat(head).extracting(EventSeconds.Listed::id).containsExactly("now");
        assertThat(commands).containsExactly("find");
    }
}
