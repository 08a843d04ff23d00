package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;

/**
 * The system's broker requires SASL ({@link TheSystem}: PLAIN, an account per service, from the {@code KAFKA_*}
 * variables, as production's SCRAM ones): every client goes through it — the outbox's producer and the binder's
 * consumers (a registration counted nationally), the platform's dead-letter producer (a poison record), its reader and
 * producer (the dead letter listed and re-driven), the audit anchors (the re-drive's entry anchored and verified). A
 * client without credentials gets nothing.
 */
@Order(4)
class SaslPipelineTest {

    private static TheSystem system;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        assumeFalse(
                TestInfrastructure.containers(), "the containers' broker is plaintext: SASL is the embedded broker's");
        system = TheSystem.get();
    }

    @Test
    void registrations_dead_letters_re_drives_and_audit_anchors_all_go_through_the_sasl_broker() throws Exception {
        Organiser paysDeLaLoire = new Organiser(system, "FR-PDL");
        String day = paysDeLaLoire.openDay("Journée de Nantes", "2020-05-14", "Nantes");
        paysDeLaLoire.register(day, "MEDIATOR");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(system.synthesis.uri("/api/national/aggregate"), Tokens.nationalOffice())
                                .body()
                                .path("regions")
                                .path("FR-PDL")
                                .path("confirmed")
                                .asInt()
                        >= 1);

        String marker = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(system.kafkaClient(), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("registration-events", day, "not json " + marker))
                    .get(10, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetter(marker) != null);
        Api.Reply redriven = api.post(
                system.synthesis.uri("/api/operations/dead-letters/redrive"),
                Tokens.operator(),
                Map.of("reason", "SASL pipeline"));
        assertThat(redriven.status()).as("%s", redriven.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetter(marker).path("redrivenAt").isTextual());
        JsonNode verdict = api.get(system.synthesis.uri("/api/operations/audit-log/verify"), Tokens.operator())
                .body();
        assertThat(verdict.path("valid").asBoolean()).as("%s", verdict).isTrue();
        assertThat(verdict.path("anchored").asInt()).isPositive();

        try (Admin anonymous = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.kafkaClient().get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                3000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                1000))) {
            assertThatThrownBy(() -> anonymous.listTopics().names().get(5, TimeUnit.SECONDS))
                    .as("a client without credentials")
                    .isNotNull();
        }
    }

    private JsonNode deadLetter(String marker) {
        for (JsonNode letter : api.get(system.synthesis.uri("/api/operations/dead-letters"), Tokens.operator())
                .body()) {
            if (letter.path("preview").asText().contains(marker)) {
                return letter;
            }
        }
        return null;
    }
}
