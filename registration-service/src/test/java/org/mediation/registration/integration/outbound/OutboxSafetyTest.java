package org.mediation.registration.integration.outbound;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.platform.axon.IndexedEventStorageStrategy;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationEventsTopic;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The outbox leaves no event behind and is blocked by none: an event that became visible 15 s after its timestamp
 * (beyond the 2 s look-back window) is still published, by the reconciliation; an event of a type nobody knows any
 * more, or one too large for Kafka, is parked with its reason, reported, and the events after it keep flowing.
 */
class OutboxSafetyTest extends RegistrationServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    @Autowired
    MongoTemplate axonMongoTemplate;

    @Autowired
    IndexedEventStorageStrategy eventStorageStrategy;

    @Autowired
    MongoDatabase serviceDatabase;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TestRestTemplate http;

    private final List<String> inserted = new ArrayList<>();

    @AfterEach
    void removeTheInsertedEvents() {
        inserted.forEach(id -> events().deleteOne(eq("eventIdentifier", id)));
        serviceDatabase.getCollection("outbox_parked").deleteMany(new Document());
    }

    @Test
    void an_event_committed_15_seconds_late_is_still_published() throws IOException {
        RegistrationApi api = new RegistrationApi(http);
        try (KafkaConsumer<String, byte[]> topic = RegistrationEventsTopic.consumer()) {
            topic.subscribe(List.of("registration-events"));
            String dayId = api.scheduleOpenDay(TEAM, "FR-HDF", 10);
            awaitIds(topic, Set.of(), dayId, 2);
            double reconciledBefore =
                    meters.get("outbox.reconciled").functionCounter().count();

            String late = insertLikeTheLastEventOf(dayId, Instant.now().minusSeconds(15), null);
            System.out.printf("inserted event %s with a timestamp 15 s in the past%n", late);

            assertThat(awaitIds(topic, Set.of(late), dayId, 0)).contains(late);
            // The counter moves once the send returned, which may be just after the record is readable.
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(meters.get("outbox.reconciled")
                                    .functionCounter()
                                    .count())
                            .isEqualTo(reconciledBefore + 1));
        }
    }

    @Test
    void an_event_of_an_unknown_type_is_parked_and_the_next_ones_flow() {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.scheduleOpenDay(TEAM, "FR-HDF", 10);
        String unknown = insertLikeTheLastEventOf(dayId, Instant.now(), "org.mediation.registration.NoLongerKnown");

        String next = api.registered(TEAM, dayId, "after-the-poison@example.org");

        List<JsonNode> published = RegistrationEventsTopic.awaitEvents(dayId, 3, Duration.ofSeconds(30));
        assertThat(published)
                .extracting(event -> event.path("data").path("registrationId").asText())
                .contains(next);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(parkedIds()).contains(unknown));
        Map<?, ?> entry = parked().stream()
                .filter(parked -> unknown.equals(parked.get("_id")))
                .findFirst()
                .orElseThrow();
        assertThat((String) entry.get("reason")).contains("unknown stored type").contains("NoLongerKnown");
        assertThat(http.getForEntity("/actuator/health/parked", String.class).getBody())
                .contains("PARKED");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> meters.get("outbox.parked").gauge().value() >= 1);
        assertThat(new RegistrationApi(http)
                        .call(HttpMethod.GET, "/api/operations/parked-events", TEAM, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** Kafka refuses the record for what it is (larger than a request may be): the refusal comes with the batch's acks. */
    @Test
    void an_event_too_large_for_kafka_is_parked_and_the_next_ones_flow() throws IOException {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.scheduleOpenDay(TEAM, "FR-HDF", 10);
        String tooLarge = insertScheduledDayTitled(dayId, "J".repeat(1_200_000));

        String next = api.registered(TEAM, dayId, "after-the-large-one@example.org");

        List<JsonNode> published = RegistrationEventsTopic.awaitEvents(dayId, 3, Duration.ofSeconds(30));
        assertThat(published)
                .extracting(event -> event.path("data").path("registrationId").asText())
                .contains(next);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(parkedIds()).contains(tooLarge));
        assertThat(parked().stream()
                        .filter(parked -> tooLarge.equals(parked.get("_id")))
                        .map(parked -> (String) parked.get("reason")))
                .singleElement()
                .asString()
                .contains("max.request.size");
    }

    private List<Map<String, Object>> parked() {
        return http.exchange(
                        "/api/operations/parked-events",
                        HttpMethod.GET,
                        new HttpEntity<>(bearer(Tokens.operator())),
                        new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .getBody();
    }

    private Set<Object> parkedIds() {
        Set<Object> ids = new HashSet<>();
        parked().forEach(entry -> ids.add(entry.get("_id")));
        return ids;
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    /** A copy of the day's last stored event under a new id, a new aggregate and the given timestamp (and type). */
    private String insertLikeTheLastEventOf(String dayId, Instant timestamp, String payloadType) {
        Document last = events().find(eq("aggregateIdentifier", dayId))
                .sort(new Document("sequenceNumber", -1))
                .first();
        String id = UUID.randomUUID().toString();
        Document copy = new Document(last);
        copy.remove("_id");
        copy.put("eventIdentifier", id);
        copy.put("aggregateIdentifier", UUID.randomUUID().toString());
        copy.put("sequenceNumber", 0L);
        copy.put("timestamp", formatInstant(timestamp));
        if (payloadType != null) {
            copy.put("payloadType", payloadType);
        }
        eventStorageStrategy.appendDocuments(events(), List.of(copy));
        inserted.add(id);
        return id;
    }

    /** A copy of the day's scheduling under a new id and aggregate, now, with another title. */
    private String insertScheduledDayTitled(String dayId, String title) throws IOException {
        Document scheduled = events().find(and(eq("aggregateIdentifier", dayId), eq("sequenceNumber", 0L)))
                .first();
        String id = UUID.randomUUID().toString();
        Document copy = new Document(scheduled);
        copy.remove("_id");
        ObjectNode payload = (ObjectNode) JSON.readTree(scheduled.getString("serializedPayload"));
        copy.put("serializedPayload", payload.put("title", title).toString());
        copy.put("eventIdentifier", id);
        copy.put("aggregateIdentifier", UUID.randomUUID().toString());
        copy.put("timestamp", formatInstant(Instant.now()));
        eventStorageStrategy.appendDocuments(events(), List.of(copy));
        inserted.add(id);
        return id;
    }

    private MongoCollection<Document> events() {
        return axonMongoTemplate.eventCollection();
    }

    /** Reads the topic until it saw every id wanted and at least {@code atLeast} events of the day; answers the ids. */
    private static Set<String> awaitIds(
            KafkaConsumer<String, byte[]> topic, Set<String> wanted, String dayId, int atLeast) throws IOException {
        Set<String> ids = new HashSet<>();
        int ofTheDay = 0;
        Instant deadline = Instant.now().plusSeconds(40);
        while ((!ids.containsAll(wanted) || ofTheDay < atLeast) && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, byte[]> record : topic.poll(Duration.ofMillis(200))) {
                ids.add(JSON.readTree(record.value()).path("id").asText());
                if (dayId.equals(record.key())) {
                    ofTheDay++;
                }
            }
        }
        return ids;
    }
}
