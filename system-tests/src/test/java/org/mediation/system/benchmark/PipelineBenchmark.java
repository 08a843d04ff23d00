package org.mediation.system.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.mediation.local.BrokerProcess;
import org.mediation.local.ServiceProcess;
import org.mediation.local.Tokens;
import org.mediation.system.Api;
import org.mediation.system.Api.Reply;

/**
 * Not a test: the one benchmark command of {@code docs/benchmarks.md}. Starts the system as {@code ./run-local.sh}
 * does (the Kafka broker, the MongoDB-wire server on H2 and the four services, each a JVM of its own) and prints, in
 * one run: the store's raw {@code insertOne}/s; registrations/s end to end at full speed (8 clients, 2,000 over 4
 * days) and as a ratio of the raw inserts; command → national aggregate p50/p99 at an offered 25 and 100
 * registrations/s;
 * the store commands each service sent and the CPU each process used per registration at full speed; each service's
 * RSS; the full-speed and paced figures and costs again with half the history stored (in registration's event store
 * and in synthesis' history), and how they compare; the time synthesis takes to checkpoint the whole history, then full-replay
 * events/s (three replays) and {@code asOf} p50/p99 over a history of {@code events} events; the load average before and after.
 * Arguments: [history events, default 200000; 0 for the empty store's figures only] [{@code history-only}: only the
 * replays and {@code asOf} over that history]. {@code -Dservices.jvm-options=...} starts the services with other
 * JVM options; {@code -Dbenchmark.profiles=<dir>} profiles the full-speed and paced runs ({@link Profiles}).
 */
public final class PipelineBenchmark {

    static {
        // JDK 17's client keeps an idle connection 20 minutes, Tomcat 60 s: a POST on one Tomcat closed gets no answer
        System.setProperty("jdk.httpclient.keepalive.timeout", "5");
    }

    private static final Api API = new Api();
    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    private final Map<String, ServiceProcess> services;
    private final String mongoUri;
    private final String bootstrapServers;
    /** The middle of the seeded history, once it is written. */
    private Instant asOf;

    private final Profiles profiles;

    /** Every process of the run by name, the benchmark's own (its clients) included. */
    private final Map<String, Long> processes;

    private PipelineBenchmark(BenchmarkSystem system, Profiles profiles, Map<String, Long> processes) {
        this.services = system.services;
        this.mongoUri = system.mongoUri;
        this.bootstrapServers = BrokerProcess.bootstrapServers(system.broker);
        this.profiles = profiles;
        this.processes = processes;
    }

    /** Exits 0 when every figure was printed, 1 when one could not be (the system is closed either way). */
    public static void main(String[] args) {
        int history = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        boolean historyOnly = args.length > 1 && args[1].equals("history-only");
        try (BenchmarkSystem system = BenchmarkSystem.start(Profiles.jvmOption())) {
            Map<String, Long> processes = system.processes();
            Map<String, Long> all = new LinkedHashMap<>(processes);
            all.put("broker", system.broker.pid());
            all.put("clients", ProcessHandle.current().pid());
            PipelineBenchmark benchmark = new PipelineBenchmark(system, new Profiles(processes), all);
            if (historyOnly) {
                benchmark.historyReads(history);
            } else {
                benchmark.run(history);
            }
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** With a history of 0, only the figures on an empty store (a quick A/B of the command path). */
    private void run(int history) throws Exception {
        double raw = rawInserts();
        fullSpeed("warm-up", 400, 8);
        profiles.start();
        double endToEnd = accountedFullSpeed("full speed");
        System.out.printf("end to end / raw inserts: %.3f%n", endToEnd / raw);
        paced(25, Duration.ofSeconds(20));
        double[] latencies = paced(100, Duration.ofSeconds(20));
        services.forEach((name, service) ->
                System.out.printf("RSS %s: %d MB%n", name, BenchmarkSystem.rssMegabytes(service.pid())));
        profiles.write("");
        if (history > 0) {
            withHistory(history, endToEnd, latencies);
        }
        printLateEvents();
    }

    /** The same figures with half the history stored, compared with the empty store's; then replay and asOf. */
    private void withHistory(int history, double endToEnd, double[] latencies) throws Exception {
        seedStoredEvents(history / 2);
        seedHistory(history / 2);
        // a history recorded day after day was checkpointed as it came: measure that, not the catching up
        awaitCheckpoints();
        double endToEndStored = accountedFullSpeed("full speed, " + history / 2 + " events stored");
        double[] latenciesStored = paced(100, Duration.ofSeconds(20));
        System.out.printf(
                "with %d events stored / on an empty store: end to end %.2f, p50 %.2f, p99 %.2f%n",
                history / 2,
                endToEndStored / endToEnd,
                latenciesStored[0] / latencies[0],
                latenciesStored[1] / latencies[1]);
        seedHistory(history - history / 2);
        replayAndAsOf(history);
    }

    /** Only the history's figures: a history of {@code history} events, then replays and {@code asOf}. */
    private void historyReads(int history) throws Exception {
        seedHistory(history / 2);
        seedHistory(history - history / 2);
        replayAndAsOf(history);
    }

    /**
     * Once synthesis has checkpointed the history (as it would have, day after day, in service): three full replays,
     * then {@code asOf}.
     */
    private void replayAndAsOf(int history) throws Exception {
        awaitCheckpoints();
        profiles.start();
        for (int i = 0; i < 3; i++) {
            replay(history);
        }
        asOf(20);
        profiles.write("-replay");
    }

    /** Events the outboxes published late (found by their reconciliation: committed later than the look-back). */
    private void printLateEvents() throws Exception {
        for (String name : services.keySet()) {
            String metrics = API.text(service(name, "/actuator/prometheus"), Tokens.operator());
            metrics.lines()
                    .filter(line -> line.startsWith("outbox_reconciled_total"))
                    .forEach(line -> System.out.printf("events published late, %s: %s%n", name, line));
        }
    }

    /**
     * A full-speed run of 2,000 registrations that also prints what each registration cost: the CPU of each process
     * and the store commands of each service.
     */
    private double accountedFullSpeed(String label) throws Exception {
        Map<String, Map<String, Double>> before = storeCommands();
        CpuTimes cpuBefore = CpuTimes.of(processes);
        GcTimes gcBefore = GcTimes.of(processes);
        double endToEnd = fullSpeed(label, 2_000, 8);
        System.out.printf(
                "CPU per registration, %s: %s%n", label, CpuTimes.of(processes).perRegistration(cpuBefore, 2_000));
        System.out.printf(
                "garbage collections (young+full) and their time per registration, %s: %s%n",
                label, GcTimes.of(processes).perRegistration(gcBefore, 2_000));
        Map<String, Map<String, Double>> after = storeCommands();
        after.forEach((name, sent) -> System.out.printf(
                "store commands per registration, %s, %s: %s%n",
                label, name, StoreCommands.perRegistration(before.get(name), sent, 2_000)));
        return endToEnd;
    }

    private Map<String, Map<String, Double>> storeCommands() throws Exception {
        Map<String, Map<String, Double>> byService = new LinkedHashMap<>();
        for (String name : services.keySet()) {
            byService.put(name, StoreCommands.sent(API.text(service(name, "/actuator/prometheus"), Tokens.operator())));
        }
        return byService;
    }

    /** 1 KiB documents inserted one by one by one warmed client: the store's own limit. */
    private double rawInserts() {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> raw = client.getDatabase("benchmark").getCollection("raw");
            String kilobyte = "x".repeat(1_024);
            for (int i = 0; i < 1_000; i++) {
                raw.insertOne(new Document("payload", kilobyte));
            }
            int count = 5_000;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                raw.insertOne(new Document("payload", kilobyte));
            }
            double perSecond = count / seconds(start);
            System.out.printf("raw insertOne: %.0f documents/s (%d of 1 KiB)%n", perSecond, count);
            return perSecond;
        }
    }

    /**
     * {@code count} registrations over 4 new days from {@code clients} clients; answers registrations/s end to end
     * (those answered 201, until the national aggregate counts them all, at most 3 minutes after the last answer).
     */
    private double fullSpeed(String label, int count, int clients) throws Exception {
        List<String> days = openDays(4);
        int base = nationalConfirmed();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String day = days.get(i % days.size());
            replies.add(pool.submit(() -> register(day)));
        }
        Map<Integer, Integer> answers = new TreeMap<>();
        for (Future<Integer> reply : replies) {
            answers.merge(reply.get(), 1, Integer::sum);
        }
        double http = seconds(start);
        int accepted = answers.getOrDefault(201, 0);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (nationalConfirmed() < base + accepted && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        double endToEnd = seconds(start);
        pool.shutdown();
        System.out.printf(
                "%s: %d registrations, answers %s, HTTP %.0f/s (%.1f s), end to end %.0f/s (%.1f s)%s%n",
                label,
                count,
                answers,
                count / http,
                http,
                accepted / endToEnd,
                endToEnd,
                nationalConfirmed() < base + accepted ? ", NOT ALL COUNTED" : "");
        return accepted / endToEnd;
    }

    /** Answers the p50 and p99 of command → national aggregate, in milliseconds. */
    private double[] paced(int perSecond, Duration during) throws Exception {
        List<String> days = openDays(4);
        int base = nationalConfirmed();
        int count = (int) (perSecond * during.toSeconds());
        List<Long> sent = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> answers = new ConcurrentSkipListMap<>();
        List<Double> answered = Collections.synchronizedList(new ArrayList<>());
        PublicationLags publication = new PublicationLags(bootstrapServers);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        int[] next = {0};
        clock.scheduleAtFixedRate(
                () -> {
                    if (next[0] < count) {
                        String day = days.get(next[0]++ % days.size());
                        pool.submit(() -> {
                            long start = System.nanoTime();
                            sent.add(start);
                            answers.merge(answer(day), 1, Integer::sum);
                            answered.add((System.nanoTime() - start) / 1e6);
                        });
                    }
                },
                0,
                1_000_000 / perSecond,
                TimeUnit.MICROSECONDS);
        List<Long> counted = new ArrayList<>();
        long deadline = System.nanoTime() + during.plusMinutes(3).toNanos();
        while (counted.size() < count && System.nanoTime() < deadline) {
            int now = nationalConfirmed() - base;
            while (counted.size() < now) {
                counted.add(System.nanoTime());
            }
            Thread.sleep(10);
        }
        clock.shutdown();
        pool.shutdown();
        publication.close();
        List<Double> published = publication.sorted();
        List<Double> http = new ArrayList<>(answered);
        Collections.sort(http);
        System.out.printf(
                "offered %d registrations/s: HTTP answer p50 %.0f ms, p99 %.0f ms; event -> published on Kafka p50 %.0f"
                        + " ms, p99 %.0f ms (%d events)%n",
                perSecond,
                percentile(http, 0.50),
                percentile(http, 0.99),
                percentile(published, 0.50),
                percentile(published, 0.99),
                published.size());
        List<Long> order = new ArrayList<>(sent);
        Collections.sort(order);
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            latencies.add((counted.get(i) - order.get(i)) / 1e6);
        }
        Collections.sort(latencies);
        System.out.printf(
                "offered %d registrations/s for %d s: answers %s, %d counted; command -> national aggregate p50 %.0f"
                        + " ms, p99 %.0f ms, max %.0f ms%n",
                perSecond,
                during.toSeconds(),
                answers,
                counted.size(),
                percentile(latencies, 0.50),
                percentile(latencies, 0.99),
                latencies.get(latencies.size() - 1));
        return new double[] {percentile(latencies, 0.50), percentile(latencies, 0.99)};
    }

    /**
     * The history written straight into synthesis' {@code event_history} (in its shape, as if consumed): 250
     * registrations and check-ins per day over {@code events} events, numbered after what is there and timed after it
     * too (a tenth of a millisecond apart, from now), as a history recorded in order is. Publishing it on the topics
     * instead would measure the intake, which the full-speed figure already does.
     */
    private void seedHistory(int events) {
        long start = System.nanoTime();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> history = client.getDatabase("synthesis").getCollection("event_history");
            MongoCollection<Document> counters = client.getDatabase("synthesis").getCollection("counters");
            Document counter =
                    counters.find(new Document("_id", "event_history")).first();
            long sequence = counter == null ? 0 : counter.getLong("value");
            Instant time = Instant.now();
            List<Document> batch = new ArrayList<>();
            String day = null;
            for (int i = 0; i < events; i++) {
                if (i % 500 == 0) {
                    day = UUID.randomUUID().toString();
                    batch.add(event(++sequence, "registration.RegionalDayScheduled.v1", day, time, scheduled(day)));
                } else {
                    String type = i % 2 == 1
                            ? "registration.ParticipantRegistered.v1"
                            : "registration.ParticipantCheckedIn.v1";
                    batch.add(event(++sequence, type, day, time, registration(day, i)));
                }
                time = time.plusNanos(100_000);
                if (batch.size() == 1_000) {
                    history.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                history.insertMany(batch);
            }
            counters.replaceOne(
                    new Document("_id", "event_history"),
                    new Document("_id", "event_history").append("value", sequence),
                    new ReplaceOptions().upsert(true));
            if (asOf == null) {
                asOf = time;
            }
        }
        System.out.printf("history: %d events written into event_history in %.1f s%n", events, seconds(start));
    }

    /**
     * Years of registrations in registration-service's Axon event store: copies of a stored ParticipantRegistered, 500
     * per aggregate, keyed as the platform stores them, timed in 2019, long before every tracking token, so nothing
     * processes them again (their seconds are not listed: no tracking window reaches back there).
     */
    private void seedStoredEvents(int events) {
        long start = System.nanoTime();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> stored =
                    client.getDatabase("registration").getCollection("domainevents");
            Document sample = stored.find(new Document("payloadType", new Document("$regex", "ParticipantRegistered")))
                    .first();
            Instant time = Instant.parse("2019-01-01T00:00:00Z");
            List<Document> batch = new ArrayList<>();
            String aggregate = null;
            for (int i = 0; i < events; i++) {
                if (i % 500 == 0) {
                    aggregate = UUID.randomUUID().toString();
                }
                Document copy = new Document(sample);
                copy.put("_id", new ObjectId());
                copy.put("eventIdentifier", UUID.randomUUID().toString());
                copy.put("aggregateIdentifier", aggregate);
                copy.put("sequenceNumber", (long) (i % 500));
                copy.put("aggregateSequence", aggregate + "/" + (i % 500));
                copy.put("timestamp", time.toString());
                batch.add(copy);
                time = time.plusSeconds(60);
                if (batch.size() == 1_000) {
                    stored.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                stored.insertMany(batch);
            }
        }
        System.out.printf(
                "stored events: %d copies written into registration's event store in %.1f s%n", events, seconds(start));
    }

    /** Waits until synthesis has checkpointed its history (as it would have, day after day, in service). */
    private void awaitCheckpoints() throws InterruptedException {
        long start = System.nanoTime();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoDatabase synthesis = client.getDatabase("synthesis");
            long last = synthesis
                    .getCollection("counters")
                    .find(new Document("_id", "event_history"))
                    .first()
                    .getLong("value");
            long checkpointed = 0;
            while (last - checkpointed >= 2_000 && seconds(start) < 600) {
                Thread.sleep(1_000);
                Document latest = synthesis
                        .getCollection("asof_checkpoints")
                        .find()
                        .sort(new Document("_id", -1))
                        .first();
                checkpointed = latest == null ? 0 : latest.getLong("_id");
            }
            System.out.printf("checkpoints: up to event %d of %d after %.1f s%n", checkpointed, last, seconds(start));
        }
    }

    private static Document event(long sequence, String type, String day, Instant time, Document data) {
        return new Document("_id", UUID.randomUUID().toString())
                .append("sequence", sequence)
                .append("source", "/registration")
                .append("type", type)
                .append("subject", day)
                .append("time", Date.from(time))
                .append("nano", 0)
                .append("data", data);
    }

    private static Document scheduled(String day) {
        return new Document("regionalDayId", day)
                .append("region", "FR-HDF")
                .append("title", "Journée d'histoire")
                .append("date", "2019-12-04")
                .append("venue", "Liévin")
                .append("capacity", 500);
    }

    private static Document registration(String day, int i) {
        return new Document("regionalDayId", day)
                .append("registrationId", day + "-" + (i / 2))
                .append("status", "CONFIRMED")
                .append("category", "MEDIATOR");
    }

    private void replay(int history) throws Exception {
        String id = post(
                        service("synthesis-service", "/api/operations/replays"),
                        "{\"dryRun\":true,\"reason\":\"benchmark\"}",
                        Tokens.operator())
                .body()
                .path("id")
                .asText();
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(10).toNanos();
        JsonNode status;
        do {
            Thread.sleep(100);
            status = get(service("synthesis-service", "/api/operations/replays/" + id), Tokens.operator());
        } while (!status.path("status").asText().matches("COMPLETED|FAILED") && System.nanoTime() < deadline);
        double elapsed = seconds(start);
        System.out.printf(
                "full replay (dry run) over a %d-event history: %s, %d events in %.2f s = %.0f events/s%n",
                history,
                status.path("status").asText(),
                status.path("processed").asLong(),
                elapsed,
                status.path("processed").asLong() / elapsed);
    }

    /** {@code asOf} in the middle of the seeded history, asked {@code times} times one after the other. */
    private void asOf(int times) throws Exception {
        URI uri = service("synthesis-service", "/api/national/aggregate?asOf=" + asOf);
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            int status = API.status("GET", uri, Tokens.nationalOffice(), null);
            if (status != 200) {
                throw new IllegalStateException("asOf answered " + status);
            }
            latencies.add((System.nanoTime() - start) / 1e6);
        }
        double first = latencies.get(0);
        Collections.sort(latencies);
        System.out.printf(
                "asOf over that history, %d requests at one instant: p50 %.0f ms, p99 %.0f ms, the first %.0f ms%n",
                times, percentile(latencies, 0.50), percentile(latencies, 0.99), first);
    }

    /** Days opened, each asked again until it is answered (a store slowed by history may answer 503 first). */
    private List<String> openDays(int count) throws Exception {
        List<String> days = new ArrayList<>();
        while (days.size() < count) {
            Reply day = post(
                    service("registration-service", "/api/regional-days"),
                    "{\"region\":\"FR-HDF\",\"title\":\"Banc d'essai\",\"date\":\"2020-02-02\",\"venue\":\"Lille\","
                            + "\"capacity\":100000}",
                    TEAM);
            if (day.status() == 201) {
                String id = day.body().path("id").asText();
                while (post(service("registration-service", "/api/regional-days/" + id + "/open"), "{}", TEAM)
                                .status()
                        >= 500) {
                    Thread.sleep(1_000);
                }
                days.add(id);
            }
        }
        return days;
    }

    /** The status of a registration's answer, or -1 when none came (the client gave up, the connection failed). */
    private int answer(String day) {
        try {
            return register(day);
        } catch (Exception e) {
            return -1;
        }
    }

    private int register(String day) throws Exception {
        return post(
                        service("registration-service", "/api/regional-days/" + day + "/registrations"),
                        "{\"firstName\":\"Camille\",\"lastName\":\"Durand\",\"email\":\"bench-" + UUID.randomUUID()
                                + "@example.org\",\"category\":\"MEDIATOR\",\"organisation\":\"AMS Lens\"}",
                        TEAM)
                .status();
    }

    private int nationalConfirmed() throws Exception {
        return get(service("synthesis-service", "/api/national/aggregate"), Tokens.nationalOffice())
                .path("attendance")
                .path("confirmed")
                .asInt();
    }

    private URI service(String name, String path) {
        return services.get(name).uri(path);
    }

    private static Reply post(URI uri, String body, String token) {
        return API.postJson(uri, token, body);
    }

    private static JsonNode get(URI uri, String token) {
        return API.get(uri, token).body();
    }

    private static double percentile(List<Double> sorted, double rank) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(rank * sorted.size()) - 1));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
