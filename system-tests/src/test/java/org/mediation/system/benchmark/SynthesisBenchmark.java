package org.mediation.system.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.mediation.local.Infrastructure;
import org.mediation.local.ServiceProcess;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;
import org.mediation.system.Api;

/**
 * Not a test: {@code main} starts synthesis-service and registration-service as their own JVMs on the embedded
 * infrastructure and measures, through public APIs and topics only, (1) replay throughput: a history of
 * {@code events} contract-shaped CloudEvents published on the three topics and consumed, then dry-run replays of
 * everything; (2) command → national aggregate latency: registrations through registration-service's HTTP API from 8
 * clients, each until the national aggregate ({@code GET /api/national/aggregate}, polled) counts it.
 * Arguments: [history events, default 50000] [registrations, default 1000].
 */
public final class SynthesisBenchmark {

    private static final Api API = new Api();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** From the repository root (exec:java) or from the module (an IDE). */
    private static final Path CONTRACTS = Files.isDirectory(Path.of("docs", "contracts"))
            ? Path.of("docs", "contracts")
            : Path.of("..", "docs", "contracts");

    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int registrations = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Infrastructure infrastructure = TestInfrastructure.get();
        try (ServiceProcess synthesis = ServiceProcess.start("synthesis-service", infrastructure);
                ServiceProcess registration = ServiceProcess.start("registration-service", infrastructure)) {
            replayThroughput(synthesis, infrastructure, events);
            commandLatency(synthesis, registration, registrations);
        }
        System.exit(0);
    }

    private static void replayThroughput(ServiceProcess synthesis, Infrastructure infrastructure, int events)
            throws Exception {
        long start = System.nanoTime();
        int confirmed = confirmed(synthesis);
        int registered = new HistoryGenerator(infrastructure).generate(events);
        while (confirmed(synthesis) < confirmed + registered) {
            Thread.sleep(200);
        }
        System.out.printf("history: %d events published and consumed in %.1f s%n", events, seconds(start));
        for (int run = 1; run <= 3; run++) {
            String id = post(
                            synthesis.uri("/api/operations/replays"),
                            "{\"dryRun\":true,\"reason\":\"benchmark\"}",
                            Tokens.operator())
                    .path("id")
                    .asText();
            long begin = System.nanoTime();
            JsonNode status;
            do {
                Thread.sleep(100);
                status = get(synthesis.uri("/api/operations/replays/" + id));
            } while (!status.path("status").asText().matches("COMPLETED|FAILED"));
            double elapsed = seconds(begin);
            System.out.printf(
                    "replay %d: %s, %d events in %.2f s = %.0f events/s%n",
                    run,
                    status.path("status").asText(),
                    status.path("processed").asLong(),
                    elapsed,
                    status.path("processed").asLong() / elapsed);
        }
    }

    private static void commandLatency(ServiceProcess synthesis, ServiceProcess registration, int count)
            throws Exception {
        List<String> days = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonNode day = post(
                    registration.uri("/api/regional-days"),
                    "{\"region\":\"FR-HDF\",\"title\":\"Bench\",\"date\":\"2020-02-02\",\"venue\":\"Lille\",\"capacity\":100000}");
            post(registration.uri("/api/regional-days/" + day.path("id").asText() + "/open"), "{}");
            days.add(day.path("id").asText());
        }
        Thread.sleep(3_000);
        int base = confirmed(synthesis);
        List<Long> sent = Collections.synchronizedList(new ArrayList<>());
        List<Long> seen = new ArrayList<>();
        Thread watcher = new Thread(() -> {
            int counted = 0;
            while (counted < count) {
                int now = confirmedOrZero(synthesis) - base;
                for (; counted < now; counted++) {
                    seen.add(System.nanoTime());
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        watcher.start();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> replies = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String day = days.get(i % days.size());
            int n = i;
            replies.add(clients.submit(() -> {
                sent.add(System.nanoTime());
                return post(
                        registration.uri("/api/regional-days/" + day + "/registrations"),
                        "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"bench-" + n + "-" + UUID.randomUUID()
                                + "@example.org\",\"category\":\"MEDIATOR\",\"organisation\":\"X\"}");
            }));
        }
        for (Future<?> reply : replies) {
            reply.get();
        }
        clients.shutdown();
        watcher.join(Duration.ofMinutes(5).toMillis());
        double elapsed = seconds(start);
        List<Long> sortedSent = new ArrayList<>(sent);
        Collections.sort(sortedSent);
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < seen.size(); i++) {
            latencies.add((seen.get(i) - sortedSent.get(i)) / 1e6);
        }
        Collections.sort(latencies);
        System.out.printf(
                "commands: %d registrations from 8 clients, all counted nationally after %.1f s (%.0f/s); "
                        + "command -> national aggregate latency p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                count,
                elapsed,
                count / elapsed,
                latencies.get(latencies.size() / 2),
                latencies.get((int) (latencies.size() * 0.99)),
                latencies.get(latencies.size() - 1));
    }

    /** A large history of contract-shaped CloudEvents: days, registrations, check-ins, published workshops. */
    private record HistoryGenerator(KafkaProducer<String, String> producer) {

        HistoryGenerator(Infrastructure infrastructure) {
            this(new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            infrastructure.kafkaBootstrapServers(),
                            ProducerConfig.LINGER_MS_CONFIG,
                            5),
                    new StringSerializer(),
                    new StringSerializer()));
        }

        /** Publishes {@code events} events; answers how many registrations they confirm. */
        int generate(int events) throws Exception {
            int written = 0;
            int registered = 0;
            Instant time = Instant.parse("2019-01-01T00:00:00Z");
            while (written < events) {
                String day = UUID.randomUUID().toString();
                String workshop = UUID.randomUUID().toString();
                written += send("registration.RegionalDayScheduled.v1", Map.of("regionalDayId", day), time);
                written +=
                        send("workshop.WorkshopPlanned.v1", Map.of("regionalDayId", day, "workshopId", workshop), time);
                for (int i = 0; i < 250 && written < events; i++) {
                    String registration = UUID.randomUUID().toString();
                    written += send(
                            "registration.ParticipantRegistered.v1",
                            Map.of("regionalDayId", day, "registrationId", registration),
                            time);
                    registered++;
                    written += send(
                            "registration.ParticipantCheckedIn.v1",
                            Map.of("regionalDayId", day, "registrationId", registration),
                            time);
                    if (i % 10 == 0) {
                        written += send(
                                "workshop.ContributionRecorded.v1",
                                Map.of(
                                        "regionalDayId",
                                        day,
                                        "workshopId",
                                        workshop,
                                        "contributionId",
                                        UUID.randomUUID().toString()),
                                time);
                    }
                    time = time.plusSeconds(1);
                }
                written +=
                        send("workshop.ReportPublished.v1", Map.of("regionalDayId", day, "workshopId", workshop), time);
            }
            producer.flush();
            producer.close();
            return registered;
        }

        private int send(String type, Map<String, String> fields, Instant time) throws Exception {
            String topic = type.substring(0, type.indexOf('.')) + "-events";
            ObjectNode event = (ObjectNode) JSON.readTree(
                    CONTRACTS.resolve(topic).resolve(type + ".json").toFile());
            ObjectNode data = (ObjectNode) event.get("data");
            fields.forEach(data::put);
            String key = data.has("workshopId")
                    ? data.get("workshopId").asText()
                    : data.get("regionalDayId").asText();
            event.put("id", UUID.randomUUID().toString()).put("subject", key).put("time", time.toString());
            producer.send(new ProducerRecord<>(topic, key, event.toString()));
            return 1;
        }
    }

    private static int confirmed(ServiceProcess synthesis) throws Exception {
        return get(synthesis.uri("/api/national/aggregate"), Tokens.nationalOffice())
                .path("attendance")
                .path("confirmed")
                .asInt();
    }

    private static int confirmedOrZero(ServiceProcess synthesis) {
        try {
            return confirmed(synthesis);
        } catch (Exception e) {
            return 0;
        }
    }

    private static JsonNode post(URI uri, String body) throws Exception {
        return post(uri, body, TEAM);
    }

    private static JsonNode post(URI uri, String body, String token) {
        return API.postJson(uri, token, body).body();
    }

    private static JsonNode get(URI uri) throws Exception {
        return get(uri, Tokens.operator());
    }

    private static JsonNode get(URI uri, String token) {
        return API.get(uri, token).body();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private SynthesisBenchmark() {}
}
