package org.mediation.synthesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.mediation.local.Infrastructure;
import org.mediation.local.ServiceProcess;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;
import org.mediation.synthesis.history.EventHistory;
import org.mediation.synthesis.history.InboundEvent;
import org.mediation.synthesis.national.LiveNationalAggregate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: {@code main} measures (1) replay throughput, a dry-run replay of everything over a generated history of
 * {@code events} events, through the HTTP API and the real MongoDB-protocol store; (2) command → national aggregate
 * latency: registrations through registration-service's HTTP API (its own JVM) from 8 clients, each until the live
 * national aggregate counts it; (3) heap used by this JVM (synthesis, broker, MongoDB server) after GC.
 * Arguments: [history events, default 50000] [registrations, default 1000].
 */
public final class SynthesisBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int registrations = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Infrastructure infrastructure = TestInfrastructure.get();
        try (ConfigurableApplicationContext synthesis = new SpringApplicationBuilder(SynthesisApplication.class)
                .properties(SynthesisApplication.CONFIG_NAME)
                .run(
                        "--server.port=0",
                        "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                        "--spring.data.mongodb.uri=" + infrastructure.mongoUri())) {
            int port = ((WebServerApplicationContext) synthesis).getWebServer().getPort();
            replayThroughput(synthesis.getBean(EventHistory.class), port, events);
            commandLatency(synthesis.getBean(LiveNationalAggregate.class), infrastructure, registrations);
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap used after GC: %d MiB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
        System.exit(0);
    }

    private static void replayThroughput(EventHistory history, int port, int events) throws Exception {
        long start = System.nanoTime();
        new HistoryGenerator(history).generate(events);
        System.out.printf("history: %d events recorded in %.1f s%n", events, seconds(start));
        for (int run = 1; run <= 3; run++) {
            String id = post(port, "/api/operations/replays", "{\"dryRun\":true,\"reason\":\"benchmark\"}")
                    .path("id")
                    .asText();
            long begin = System.nanoTime();
            JsonNode status;
            do {
                Thread.sleep(100);
                status = get(port, "/api/operations/replays/" + id);
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

    private static void commandLatency(LiveNationalAggregate national, Infrastructure infrastructure, int count)
            throws Exception {
        try (ServiceProcess registration = ServiceProcess.start("registration-service", infrastructure)) {
            List<String> days = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                JsonNode day = post(
                        registration.uri("/api/regional-days"),
                        "{\"region\":\"FR-HDF\",\"title\":\"Bench\",\"date\":\"2020-02-02\",\"venue\":\"Lille\",\"capacity\":100000}");
                post(registration.uri("/api/regional-days/" + day.path("id").asText() + "/open"), "{}");
                days.add(day.path("id").asText());
            }
            Thread.sleep(3_000);
            int base = national.current().attendance().confirmed();
            List<Long> sent = Collections.synchronizedList(new ArrayList<>());
            List<Long> seen = new ArrayList<>();
            Thread watcher = new Thread(() -> {
                int counted = 0;
                while (counted < count) {
                    int now = national.current().attendance().confirmed() - base;
                    for (; counted < now; counted++) {
                        seen.add(System.nanoTime());
                    }
                    try {
                        Thread.sleep(5);
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
    }

    /** A large history of contract-shaped events: days, registrations, check-ins, published workshops. */
    private record HistoryGenerator(EventHistory history) {

        void generate(int events) {
            int written = 0;
            Instant time = Instant.parse("2019-01-01T00:00:00Z");
            while (written < events) {
                String day = UUID.randomUUID().toString();
                String workshop = UUID.randomUUID().toString();
                written += record("registration.RegionalDayScheduled.v1", Map.of("regionalDayId", day), time);
                written += record(
                        "workshop.WorkshopPlanned.v1", Map.of("regionalDayId", day, "workshopId", workshop), time);
                for (int i = 0; i < 250 && written < events; i++) {
                    String registration = UUID.randomUUID().toString();
                    written += record(
                            "registration.ParticipantRegistered.v1",
                            Map.of("regionalDayId", day, "registrationId", registration),
                            time);
                    written += record(
                            "registration.ParticipantCheckedIn.v1",
                            Map.of("regionalDayId", day, "registrationId", registration),
                            time);
                    if (i % 10 == 0) {
                        written += record(
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
                written += record(
                        "workshop.ReportPublished.v1", Map.of("regionalDayId", day, "workshopId", workshop), time);
            }
        }

        private int record(String type, Map<String, String> fields, Instant time) {
            InboundEvent sample = Contracts.sample(type);
            ObjectNode data = sample.data().deepCopy();
            fields.forEach(data::put);
            history.record(new InboundEvent(
                    UUID.randomUUID().toString(), sample.source(), type, sample.subject(), time, data));
            return 1;
        }
    }

    private static JsonNode post(int port, String path, String body) throws Exception {
        return post(URI.create("http://127.0.0.1:" + port + path), body, Tokens.operator());
    }

    private static JsonNode post(URI uri, String body) throws Exception {
        return post(uri, body, TEAM);
    }

    private static JsonNode post(URI uri, String body, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    private static JsonNode get(int port, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + Tokens.operator())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private SynthesisBenchmark() {}
}
