package org.mediation.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.mediation.local.TestInfrastructure;
import org.mediation.resource.stand.query.KnownRegionalDays;
import org.mediation.resource.stand.query.KnownRegistrations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the wiring tests: the whole service on the shared Kafka broker and MongoDB server, on a random port. */
@Tag("wiring")
@ActiveProfiles("local")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ResourceApplication.CONFIG_NAME)
public abstract class ResourceServiceTest {

    protected static final List<String> SEED_THEMES = List.of(
            "ACCESS_TO_RIGHTS", "MEDIATOR_TRAINING", "MEDIATION_NETWORK", "ENVIRONMENT", "TERRITORIAL_INTEGRATION");
    protected static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};
    protected static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected KnownRegionalDays knownDays;

    @Autowired
    protected KnownRegistrations knownRegistrations;

    @Autowired
    StreamBridge streamBridge;

    @Autowired
    @Qualifier("workshopEvents")
    protected Consumer<Message<Object>> workshopEvents;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    /**
     * The seed's five themes, as workshop-service publishes them at its first start, through the real bound function:
     * the same event ids every time, so after the first test the inbox skips them.
     */
    @BeforeEach
    void theSeedThemesAreKnown() {
        SEED_THEMES.forEach(code -> learnTheme(code, "Thème " + code));
    }

    /** A {@code workshop.ThemeAdded.v1} record for this code, its event id derived from it. */
    protected void learnTheme(String code, String labelFr) {
        String event =
                """
                {"specversion":"1.0","id":"%s","source":"/workshop","type":"workshop.ThemeAdded.v1",                "subject":"theme-catalogue","time":"2026-12-07T10:00:00Z","datacontenttype":"application/json",                "data":{"code":"%s","labelFr":"%s","labelEn":"%s"}}""".formatted(UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)), code, labelFr, code);
        workshopEvents.accept(MessageBuilder.withPayload((Object) List.of(event.getBytes(StandardCharsets.UTF_8)))
                .build());
    }

    protected ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, String token, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body, headers(token)), MAP);
    }

    protected ResponseEntity<List<Map<String, Object>>> list(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(null, headers(token)), LIST);
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }

    protected static void assertProblem(ResponseEntity<Map<String, Object>> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("status", status.value());
    }

    /** Publishes a resource as the regional team behind {@code token}; returns its id. */
    protected String publish(String token, String title, String kind, String... themeCodes) {
        ResponseEntity<Map<String, Object>> created =
                call(HttpMethod.POST, "/api/resources", token, resource(title, kind, themeCodes));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("id");
    }

    protected static Map<String, Object> resource(String title, String kind, String... themeCodes) {
        return Map.of(
                "kind",
                kind,
                "title",
                title,
                "authors",
                List.of("Centre de ressources Hauts-de-France"),
                "publisher",
                "Centre de ressources politique de la ville",
                "year",
                2019,
                "themeCodes",
                List.of(themeCodes),
                "url",
                "https://example.org/fiches/" + UUID.randomUUID());
    }

    /**
     * Schedules a regional day the real way: a {@code registration.RegionalDayScheduled.v1} CloudEvent on
     * {@code registration-events}, then waits until this service knows the day.
     */
    protected String scheduledDay(String region, LocalDate date) {
        String dayId = UUID.randomUUID().toString();
        sendRegistrationEvent("registration.RegionalDayScheduled.v1", dayId, """
                {"regionalDayId":"%s","region":"%s","title":"Journée régionale","date":"%s","venue":"Liévin",
                 "capacity":250}""".formatted(dayId, region, date));
        await().atMost(Duration.ofSeconds(60)).until(() -> knownDays.find(dayId).isPresent());
        return dayId;
    }

    /** Registers a participant at the day the real way ({@code registration.ParticipantRegistered.v2}); its id. */
    protected String registered(String dayId) {
        String registrationId = UUID.randomUUID().toString();
        sendRegistrationEvent("registration.ParticipantRegistered.v2", dayId, registration(dayId, registrationId));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> knownRegistrations.ofDay(registrationId, dayId).isPresent());
        return registrationId;
    }

    protected static String registration(String dayId, String registrationId) {
        return """
                {"regionalDayId":"%s","registrationId":"%s","status":"CONFIRMED","category":"MEDIATOR"}""".formatted(dayId, registrationId);
    }

    /** A CloudEvent of registration-service on {@code registration-events}, keyed by the day. */
    protected void sendRegistrationEvent(String type, String dayId, String data) {
        String cloudEvent = """
                {"specversion":"1.0","id":"%s","source":"/registration","type":"%s","subject":"%s",
                 "time":"2019-12-04T09:01:00Z","datacontenttype":"application/json","data":%s}""".formatted(UUID.randomUUID(), type, dayId, data);
        // Through the binder with the headers registration-service's KafkaPublisher sets: Spring Cloud Function then
        // hands the consumer the binary form of the CloudEvent, as in production.
        streamBridge.send(
                "registration-events",
                MessageBuilder.withPayload(cloudEvent.getBytes(StandardCharsets.UTF_8))
                        .setHeader(KafkaHeaders.KEY, dayId.getBytes(StandardCharsets.UTF_8))
                        .setHeader("content-type", "application/cloudevents+json")
                        .setHeader("contentType", "application/cloudevents+json")
                        .build());
    }
}
