package org.mediation.system;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.mediation.local.Tokens;

/**
 * The regional team of FR-HDF opening days and registering participants through registration-service's API, and
 * what each side counts afterwards: registration's day views, the national aggregate, {@code registration-events}.
 */
final class Registrations {

    static final String TEAM = Tokens.regionalTeam("FR-HDF");
    /** Answers seen by {@link #registerUntilAnswered}, by HTTP status; a connection lost counts as 0. */
    final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TheSystem system;
    private final Api api = new Api();

    Registrations(TheSystem system) {
        this.system = system;
    }

    /** A day of FR-HDF scheduled and opened; answers its id. */
    String openDay(String title, int capacity) {
        Api.Reply day = api.post(
                system.registration.uri("/api/regional-days"),
                TEAM,
                Map.of(
                        "region", "FR-HDF",
                        "title", title,
                        "date", "2019-12-04",
                        "venue", "Liévin",
                        "capacity", capacity));
        String dayId = day.body().path("id").asText();
        api.post(system.registration.uri("/api/regional-days/" + dayId + "/open"), TEAM, Map.of());
        return dayId;
    }

    Api.Reply register(String day, String email) {
        return api.post(system.registration.uri("/api/regional-days/" + day + "/registrations"), TEAM, person(email));
    }

    /**
     * Asks as a client would until answered 201 (accepted) or 409 (an earlier attempt was stored), through lost
     * connections and 503s; answers the registration id when this attempt was the one accepted, else null.
     */
    String registerUntilAnswered(String day, String email) {
        String[] accepted = new String[1];
        await().atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    int status;
                    try {
                        Api.Reply reply = register(day, email);
                        status = reply.status();
                        if (status == 201) {
                            accepted[0] = reply.body().path("id").asText();
                        }
                    } catch (IllegalStateException connectionLost) {
                        status = 0;
                    }
                    answers.computeIfAbsent(status, seen -> new AtomicInteger()).incrementAndGet();
                    return status == 201 || status == 409;
                });
        return accepted[0];
    }

    /** The ids of the day's registrations as registration-service lists them (at most 500). */
    List<String> registrationIds(String day) {
        List<String> ids = new ArrayList<>();
        api.get(system.registration.uri("/api/regional-days/" + day + "/registrations?size=500"), TEAM)
                .body()
                .path("items")
                .forEach(registration -> ids.add(registration.path("id").asText()));
        return ids;
    }

    static Map<String, String> person(String email) {
        return Map.of(
                "firstName", "Camille",
                "lastName", "Durand",
                "email", email,
                "category", "MEDIATOR",
                "organisation", "AMS Lens");
    }

    /** The confirmed participants of the days as registration-service's day views count them. */
    int confirmedByRegistration(List<String> days) {
        return days.stream()
                .mapToInt(day -> api.get(system.registration.uri("/api/regional-days/" + day), TEAM)
                        .body()
                        .path("confirmed")
                        .asInt())
                .sum();
    }

    int nationalConfirmed() {
        return api.get(system.national(), Tokens.nationalOffice())
                .body()
                .path("attendance")
                .path("confirmed")
                .asInt();
    }

    /** What {@code registration-events} holds about some days: the CloudEvent ids and the registrations announced. */
    record Published(Set<String> eventIds, Set<String> registered) {}

    /**
     * Reads {@code registration-events} from the start until every expected registration was announced and 2 s
     * passed without another one of the days (at most 60 s); each id counts once however often it was sent.
     */
    Published published(Set<String> days, Set<String> expected) {
        Map<String, Object> config = system.kafkaClient();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "published-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Published published = new Published(new HashSet<>(), new HashSet<>());
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("registration-events"));
            long deadline = System.currentTimeMillis() + 60_000;
            long quietUntil = 0;
            while (System.currentTimeMillis() < deadline
                    && (!published.registered().containsAll(expected) || System.currentTimeMillis() < quietUntil)) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (days.contains(record.key())) {
                        quietUntil = System.currentTimeMillis() + 2_000;
                        collect(read(record.value()), published);
                    }
                }
            }
        }
        return published;
    }

    private static void collect(JsonNode event, Published published) {
        published.eventIds().add(event.path("id").asText());
        if (event.path("type").asText().startsWith("registration.ParticipantRegistered.")) {
            published.registered().add(event.path("data").path("registrationId").asText());
        }
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
