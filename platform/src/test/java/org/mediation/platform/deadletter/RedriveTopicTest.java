package org.mediation.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediation.platform.kafka.KafkaClients;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.mock.env.MockEnvironment;

/** A re-drive goes back to the topic the dead-letter topic drains, never to one a record's header names. */
class RedriveTopicTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_forged_original_topic_header_is_ignored() {
        BindingProperties binding = new BindingProperties();
        binding.setDestination("registration-events");
        binding.setGroup("workshop-service");
        BindingServiceProperties bindings = new BindingServiceProperties();
        bindings.getBindings().put("registrationEvents-in-0", binding);
        MockEnvironment environment = new MockEnvironment()
                .withProperty(
                        "spring.cloud.stream.kafka.bindings.registrationEvents-in-0.consumer.dlq-name",
                        "registration-events.workshop-service.dlq");
        ConsumerRecord<byte[], byte[]> record =
                new ConsumerRecord<>("registration-events.workshop-service.dlq", 0, 7, null, bytes("{}"));
        record.headers().add("x-original-topic", bytes("workshop-events"));

        try (DeadLetters deadLetters = new DeadLetters(
                new DeadLetterQueues(bindings, environment),
                new KafkaClients(Map.of("bootstrap.servers", "localhost:1"), new SimpleMeterRegistry()),
                client.getDatabase("test"),
                Clock.systemUTC())) {
            assertThat(deadLetters.deadLetter(record).originalTopic()).isEqualTo("registration-events");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
