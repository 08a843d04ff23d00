package org.mediation.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediation.platform.kafka.KafkaClients;

/**
 * Every audited read appends an entry: the newest one is read from the store once, not before each append (a sort
 * of the whole log on mongo-java-server), and two instances appending in turn still make one chain.
 */
class AuditLogAppendTest {

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
    private final Map<Long, String> anchored = new HashMap<>();
    private final AuditAnchors anchors =
            new AuditAnchors(
                    new KafkaClients(Map.of("bootstrap.servers", "unused:9092"), new SimpleMeterRegistry()),
                    "operations-audit",
                    "test") {
                @Override
                synchronized void anchor(AuditEntry entry) {
                    anchored.put(entry.sequence(), entry.hash());
                }

                @Override
                Map<Long, String> read() {
                    return anchored;
                }
            };

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void the_newest_entry_is_read_once_not_before_each_append() {
        AuditLog log = log();
        log.append("registration.read", "team-fr-hdf", Map.of("rows", 1));
        log.append("registration.read", "team-fr-hdf", Map.of("rows", 1));
        log.append("registration.read", "team-fr-hdf", Map.of("rows", 1));

        assertThat(commands).containsExactly("find", "insert", "insert", "insert");
        assertThat(log.verify()).isEqualTo(AuditVerdict.valid(3, 3));
    }

    @Test
    void two_instances_appending_in_turn_make_one_chain() {
        AuditLog one = log();
        AuditLog other = log();
        one.append("registrations.listed", "team-fr-hdf", Map.of("rows", 2));
        other.append("registrations.listed", "team-fr-hdf", Map.of("rows", 2));
        one.append("registrations.listed", "team-fr-hdf", Map.of("rows", 2));

        assertThat(one.verify()).isEqualTo(AuditVerdict.valid(3, 3));
    }

    private AuditLog log() {
        return new AuditLog(client.getDatabase("test"), Clock.systemUTC(), anchors);
    }
}
