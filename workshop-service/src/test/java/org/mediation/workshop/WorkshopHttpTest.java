package org.mediation.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mediation.local.TestInfrastructure;
import org.mediation.workshop.regionalday.query.RegionalDayCopy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * HTTP tests of the running service. The service learns regional days and registrations the real way: the sample
 * CloudEvents of registration-service, with fresh ids, published on {@code registration-events}.
 */
public abstract class WorkshopHttpTest extends WorkshopServiceTest {

    protected static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};

    /** The date and venue of every day {@link #knownDay} makes: those of the registration sample. */
    protected static final String SAMPLE_DATE = "2019-12-04";

    protected static final String SAMPLE_VENUE = "Liévin";

    private static KafkaTemplate<String, String> registrationEvents;

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected RegionalDayCopy copy;

    /** A regional day this service knows, in that region. */
    protected String knownDay(String region) {
        String day = UUID.randomUUID().toString();
        publish(day, RegistrationSamples.about("RegionalDayScheduled", day, null, region));
        await().atMost(Duration.ofSeconds(30)).until(() -> copy.regionOf(day).isPresent());
        return day;
    }

    /** A registration confirmed for that day, as this service learnt it. */
    protected String confirmedRegistration(String day) {
        String registration = UUID.randomUUID().toString();
        publish(day, RegistrationSamples.about("ParticipantRegistered", day, registration, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> copy.isConfirmedFor(day, registration));
        return registration;
    }

    /** Publishes as registration-service does through Spring Cloud Stream: key = day id, JSON-encoded headers. */
    protected static void publish(String day, String cloudEvent) {
        ProducerRecord<String, String> record = new ProducerRecord<>("registration-events", day, cloudEvent);
        byte[] contentType = "\"application/cloudevents+json\"".getBytes(StandardCharsets.UTF_8);
        record.headers().add("content-type", contentType);
        record.headers().add("contentType", contentType);
        record.headers()
                .add(
                        "spring_json_header_types",
                        "{\"content-type\":\"java.lang.String\",\"contentType\":\"java.lang.String\"}"
                                .getBytes(StandardCharsets.UTF_8));
        producer().send(record).join();
    }

    protected String planWorkshop(String token, String day, int capacity) {
        return planWorkshop(token, day, "Accès aux droits", capacity);
    }

    /** A workshop of theme {@code ACCESS_TO_RIGHTS} with that title, planned over HTTP: its id. */
    protected String planWorkshop(String token, String day, String title, int capacity) {
        ResponseEntity<Map<String, Object>> planned = call(
                HttpMethod.POST,
                "/api/workshops",
                token,
                Map.of("regionalDayId", day, "themeCode", "ACCESS_TO_RIGHTS", "title", title, "capacity", capacity));
        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) planned.getBody().get("id");
    }

    /** {@code PUT …/schedule} with times of the sample day (2019-12-04, e.g. {@code "14:00"}) and a room. */
    protected ResponseEntity<Map<String, Object>> schedule(
            String token, String workshopId, String from, String to, String room) {
        Map<String, String> body = new HashMap<>();
        body.put("startsAt", from == null ? null : SAMPLE_DATE + "T" + from);
        body.put("endsAt", to == null ? null : SAMPLE_DATE + "T" + to);
        body.put("room", room);
        return call(HttpMethod.PUT, "/api/workshops/" + workshopId + "/schedule", token, body);
    }

    protected ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), MAP);
    }

    /** A JSON array answered {@code 200}. */
    protected List<Map<String, Object>> list(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        ResponseEntity<List<Map<String, Object>>> response =
                http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), new ParameterizedTypeReference<>() {});
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    protected static void assertProblem(ResponseEntity<Map<String, Object>> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("status", status.value());
    }

    private static synchronized KafkaTemplate<String, String> producer() {
        if (registrationEvents == null) {
            registrationEvents = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.get().kafkaBootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class)));
        }
        return registrationEvents;
    }
}
