package org.mediation.system.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mediation.local.ServiceProcess;
import org.mediation.local.Tokens;
import org.mediation.system.Api;

/**
 * Not a test: the soak of {@code docs/benchmarks.md}. Clients register at full speed on three days until each holds
 * {@code per-day} registrations (default 10,000), on the system as {@code ./run-local.sh} starts it. Every 30 s it
 * prints, for each service, the heap in use, the live data after the last collection, the RSS, and whether the process
 * is still the one started (a service out of memory exits: {@code -XX:+ExitOnOutOfMemoryError}); at the end, whether
 * the national aggregate counts every registration answered 201. Arguments: [per-day, default 10000] [clients,
 * default 4].
 */
public final class SoakBenchmark {

    private static final Api API = new Api();
    private static final String TEAM = Tokens.regionalTeam("FR-HDF");
    private static final int DAYS = 3;
    private static final Duration SAMPLE = Duration.ofSeconds(30);

    private final BenchmarkSystem system;
    private final Map<Integer, Integer> answers = new ConcurrentHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();

    private SoakBenchmark(BenchmarkSystem system) {
        this.system = system;
    }

    public static void main(String[] args) throws Exception {
        int perDay = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (BenchmarkSystem system = BenchmarkSystem.start("")) {
            new SoakBenchmark(system).run(perDay, clients);
        }
        System.exit(0);
    }

    private void run(int perDay, int clients) throws Exception {
        List<String> days = openDays();
        int base = nationalConfirmed();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int client = 0; client < clients; client++) {
            int first = client;
            pool.submit(() -> registerUntil(days, perDay, first, clients));
        }
        pool.shutdown();
        while (!pool.awaitTermination(SAMPLE.toSeconds(), TimeUnit.SECONDS)) {
            sample(start);
        }
        sample(start);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (nationalConfirmed() < base + accepted.get() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        int counted = nationalConfirmed() - base;
        System.out.printf(
                "soak: %d registrations on %d days in %.0f s, answers %s; national aggregate counts %d of the %d"
                        + " accepted: %s%n",
                perDay * DAYS,
                DAYS,
                (System.nanoTime() - start) / 1e9,
                new TreeMap<>(answers),
                counted,
                accepted.get(),
                counted == accepted.get() ? "every registration counted" : "NOT ALL COUNTED");
        sample(start);
    }

    /** Registration number {@code first}, {@code first + step}… of {@code perDay × 3}, each on day number % 3. */
    private void registerUntil(List<String> days, int perDay, int first, int step) {
        for (int number = first; number < perDay * DAYS; number += step) {
            int status = register(days.get(number % DAYS));
            answers.merge(status, 1, Integer::sum);
            if (status == 201) {
                accepted.incrementAndGet();
            }
        }
    }

    private void sample(long start) {
        List<String> figures = new ArrayList<>();
        system.services.forEach((name, service) -> figures.add(name + " " + heap(service)));
        System.out.printf(
                "%4.0f s, %6d answered: %s%n",
                (System.nanoTime() - start) / 1e9, answered(), String.join("; ", figures));
    }

    private int answered() {
        return answers.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Heap used / live after the last collection / RSS, in MB, from the service's own meters. */
    private static String heap(ServiceProcess service) {
        if (!service.alive()) {
            return "EXITED";
        }
        try {
            String meters = API.text(service.uri("/actuator/prometheus"), Tokens.operator());
            return String.format(
                    "heap %.0f, live %.0f, RSS %d MB",
                    sum(meters, "jvm_memory_used_bytes{area=\"heap\"") / 1e6,
                    sum(meters, "jvm_gc_live_data_size_bytes") / 1e6,
                    BenchmarkSystem.rssMegabytes(service.pid()));
        } catch (RuntimeException e) {
            return "NOT ANSWERING (" + e.getMessage() + ")";
        }
    }

    private static double sum(String meters, String prefix) {
        return meters.lines()
                .filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private List<String> openDays() {
        List<String> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            String id = API.postJson(
                            system.uri("registration-service", "/api/regional-days"),
                            TEAM,
                            "{\"region\":\"FR-HDF\",\"title\":\"Endurance\",\"date\":\"2020-02-02\",\"venue\":\"Lille\","
                                    + "\"capacity\":100000}")
                    .body()
                    .path("id")
                    .asText();
            API.postJson(system.uri("registration-service", "/api/regional-days/" + id + "/open"), TEAM, "{}");
            days.add(id);
        }
        return days;
    }

    private int register(String day) {
        try {
            return API.postJson(
                            system.uri("registration-service", "/api/regional-days/" + day + "/registrations"),
                            TEAM,
                            "{\"firstName\":\"Camille\",\"lastName\":\"Durand\",\"email\":\"soak-" + UUID.randomUUID()
                                    + "@example.org\",\"category\":\"MEDIATOR\",\"organisation\":\"AMS Lens\"}")
                    .status();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private int nationalConfirmed() {
        return API.get(system.uri("synthesis-service", "/api/national/aggregate"), Tokens.nationalOffice())
                .body()
                .path("attendance")
                .path("confirmed")
                .asInt();
    }
}
