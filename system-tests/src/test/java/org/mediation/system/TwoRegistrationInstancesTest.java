package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;

/**
 * Two instances of registration-service on the same MongoDB and Kafka, clients alternating between them on one day
 * of capacity 100: the capacity holds exactly across the two JVMs (each conflict on append is run again, never
 * answered as an error), and the day's counts, in either instance and nationally, equal what was answered.
 */
class TwoRegistrationInstancesTest {

    private static final int CAPACITY = 100;
    private static final int PARTICIPANTS = 160;

    private static TheSystem system;
    private static ServiceProcess second;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
        second = ServiceProcess.start("registration-service", system.infrastructure());
    }

    @AfterAll
    static void stop() {
        second.close();
    }

    @Test
    void the_capacity_holds_exactly_across_two_instances() throws Exception {
        Registrations registrations = new Registrations(system);
        int nationalBefore = registrations.nationalConfirmed();
        String day = registrations.openDay("Journée à deux instances", CAPACITY);
        List<ServiceProcess> instances = List.of(system.registration, second);
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            ServiceProcess instance = instances.get(i % 2);
            String email = "two-instances-" + i + "@example.org";
            done.add(clients.submit(() -> {
                Api.Reply reply = api.post(
                        instance.uri("/api/regional-days/" + day + "/registrations"),
                        Registrations.TEAM,
                        Registrations.person(email));
                String answer =
                        reply.status() == 201 ? reply.body().path("status").asText() : Integer.toString(reply.status());
                answers.computeIfAbsent(answer, key -> new AtomicInteger()).incrementAndGet();
            }));
        }
        for (Future<?> client : done) {
            client.get();
        }
        clients.shutdown();
        System.out.printf("two instances, %d participants, capacity %d: answers %s%n", PARTICIPANTS, CAPACITY, answers);

        assertThat(answers.keySet()).containsOnly("CONFIRMED", "WAITLISTED");
        assertThat(answers.get("CONFIRMED")).hasValue(CAPACITY);
        assertThat(answers.get("WAITLISTED")).hasValue(PARTICIPANTS - CAPACITY);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (ServiceProcess instance : instances) {
                assertThat(api.get(instance.uri("/api/regional-days/" + day), Registrations.TEAM)
                                .body()
                                .path("confirmed")
                                .asInt())
                        .isEqualTo(CAPACITY);
            }
            assertThat(registrations.nationalConfirmed()).isEqualTo(nationalBefore + CAPACITY);
        });
    }
}
