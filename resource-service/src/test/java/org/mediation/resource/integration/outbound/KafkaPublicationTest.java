package org.mediation.resource.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;
import org.mediation.resource.ResourceServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** What the HTTP API does reaches {@code resource-events} as CloudEvents keyed by the resource id, in order. */
class KafkaPublicationTest extends ResourceServiceTest {

    static final String HDF = Tokens.regionalTeam("FR-HDF");

    @Autowired
    ObjectMapper json;

    @Test
    void the_resource_story_is_published_in_order_under_the_resource_key() throws Exception {
        String dayId = scheduledDay("FR-HDF", LocalDate.now().plusDays(30));
        String resourceId = publish(HDF, "Vidéo : la médiation sociale", "VIDEO", "ACCESS_TO_RIGHTS");
        call(HttpMethod.POST, "/api/resources/" + resourceId + "/share", HDF, null);
        call(HttpMethod.POST, "/api/regional-days/" + dayId + "/stand", HDF, Map.of("resourceId", resourceId));
        call(HttpMethod.POST, "/api/regional-days/" + dayId + "/stand/" + resourceId + "/requests", HDF, null);

        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of("resource-events"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (resourceId.equals(record.key())) {
                        records.add(record);
                    }
                });
                return records.size() >= 4;
            });
        }

        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            events.add(json.readTree(record.value()));
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("application/cloudevents+json");
        }
        assertThat(events)
                .extracting(event -> event.get("type").asText())
                .containsExactly(
                        "resource.ResourcePublished.v1",
                        "resource.ResourceShared.v1",
                        "resource.ResourceOfferedAtStand.v1",
                        "resource.ResourceRequested.v1");
        assertThat(events)
                .allSatisfy(event -> assertThat(event.get("subject").asText()).isEqualTo(resourceId));
        assertThat(events.get(2).at("/data/regionalDayId").asText()).isEqualTo(dayId);
        assertThat(events.get(3).at("/data/region").asText()).isEqualTo("FR-HDF");
    }

    static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.get().kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer());
    }
}
