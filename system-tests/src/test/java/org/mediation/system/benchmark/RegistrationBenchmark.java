package org.mediation.system.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mediation.local.Infrastructure;
import org.mediation.local.ServiceProcess;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;
import org.mediation.system.Api;

/**
 * Registrations per second through the HTTP API until every event is on Kafka; p50/p99 latency of the HTTP calls.
 * Run by hand (not by {@code mvn verify}): {@code RegistrationBenchmark [clients] [registrations] [days]}; the
 * registrations go round-robin to {@code days} regional days (default 1), each with seats for half of its own.
 * registration-service runs as its own JVM (its executable jar); the Kafka broker and mongo-java-server in this one.
 */
public final class RegistrationBenchmark {

    private static final String TOKEN = Tokens.regionalTeam("FR-HDF");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private RegistrationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int registrations = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Infrastructure infrastructure = TestInfrastructure.get();
        try (ServiceProcess service = ServiceProcess.start("registration-service", infrastructure)) {
            String base = service.uri("").toString();
            Api http = new Api();
            run(http, base, clients, Math.min(300, registrations), days);
            System.out.println("warm-up done; measuring " + registrations + " registrations over " + days
                    + " day(s) with " + clients + " clients");
            Result result = run(http, base, clients, registrations, days);
            System.out.printf(
                    "registrations=%d days=%d clients=%d%n"
                            + "http: %.0f registrations/s, p50 %.1f ms, p99 %.1f ms%n"
                            + "all %d events on Kafka after %.2f s: %.0f registrations/s end to end%n",
                    registrations,
                    days,
                    clients,
                    registrations / result.httpSeconds(),
                    result.percentile(50),
                    result.percentile(99),
                    result.events(),
                    result.kafkaSeconds(),
                    registrations / result.kafkaSeconds());
        } finally {
            infrastructure.stop();
        }
    }

    private static Result run(Api http, String base, int clients, int registrations, int days) throws Exception {
        List<String> dayIds = new ArrayList<>();
        List<Integer> expectedEvents = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            int ofDay = registrations / days + (d < registrations % days ? 1 : 0);
            int capacity = ofDay / 2;
            String dayId = id(send(
                    http,
                    base + "/api/regional-days",
                    "{\"region\":\"FR-HDF\",\"title\":\"Benchmark\","
                            + "\"date\":\"2019-12-04\",\"venue\":\"Liévin\",\"capacity\":" + capacity + "}"));
            send(http, base + "/api/regional-days/" + dayId + "/open", "");
            dayIds.add(dayId);
            expectedEvents.add(2 + ofDay + (ofDay - capacity));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> calls = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < registrations; i++) {
            String dayId = dayIds.get(i % days);
            String body = "{\"firstName\":\"Ada\",\"lastName\":\"Martin\",\"email\":\"p" + i
                    + "@example.org\",\"category\":\"MEDIATOR\",\"organisation\":\"AMS Lens\"}";
            calls.add(pool.submit(() -> {
                long begin = System.nanoTime();
                send(http, base + "/api/regional-days/" + dayId + "/registrations", body);
                return System.nanoTime() - begin;
            }));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<Long> call : calls) {
            latencies.add(call.get());
        }
        double httpSeconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        int events = 0;
        for (int d = 0; d < days; d++) {
            int ofDay = DayEvents.await(dayIds.get(d), expectedEvents.get(d), Duration.ofMinutes(5));
            if (ofDay < expectedEvents.get(d)) {
                throw new IllegalStateException(
                        "only " + ofDay + " of " + expectedEvents.get(d) + " events of a day reached Kafka");
            }
            events += ofDay;
        }
        double kafkaSeconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        return new Result(latencies, httpSeconds, kafkaSeconds, events);
    }

    private static String send(Api http, String url, String json) {
        Api.Reply reply = http.postJson(URI.create(url), TOKEN, json);
        if (reply.status() >= 300) {
            throw new IllegalStateException(url + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body() == null ? "" : reply.body().toString();
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return matcher.group(1);
    }

    private record Result(List<Long> sortedNanos, double httpSeconds, double kafkaSeconds, int events) {

        double percentile(int p) {
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
            return sortedNanos.get(Math.max(index, 0)) / 1e6;
        }
    }
}
