package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;
import org.mediation.local.Tokens;

/** The metrics docs/operations.md tells operators to alert on are exposed, by name, on each service's Prometheus page. */
@Order(4)
class OperatorMetricsTest {

    private static TheSystem system;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
    }

    @Test
    void producers_expose_outbox_lag_parked_published_and_publication_age() {
        for (ServiceProcess producer : new ServiceProcess[] {system.registration, system.workshop, system.resource}) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(prometheus(producer))
                            .contains(
                                    "outbox_lag ",
                                    "outbox_parked ",
                                    "outbox_published_total ",
                                    "outbox_publication_age_seconds "));
        }
    }

    @Test
    void consumers_expose_applied_events_dead_letters_and_consumer_lag() {
        for (ServiceProcess consumer : new ServiceProcess[] {system.workshop, system.resource, system.synthesis}) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(prometheus(consumer))
                            .contains("events_applied_total ", "dead_letters{", "dead_letters_redriven ")
                            .contains("spring_cloud_stream_binder_kafka_offset"));
        }
    }

    @Test
    void every_metric_the_alert_rules_and_the_grafana_dashboard_read_is_exposed_by_a_service() throws Exception {
        Set<String> read = new TreeSet<>();
        for (Path file : List.of(
                Path.of("..", "compose", "prometheus", "alert-rules.yml"),
                Path.of("..", "compose", "grafana", "dashboards", "regional-days.json"))) {
            read.addAll(MetricNames.in(Files.readString(file)));
        }
        read.remove("up");
        assertThat(read).contains("outbox_lag", "spring_cloud_stream_binder_kafka_offset", "jvm_memory_used_bytes");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            StringBuilder exposed = new StringBuilder();
            for (ServiceProcess service :
                    new ServiceProcess[] {system.registration, system.workshop, system.resource, system.synthesis}) {
                exposed.append(prometheus(service));
            }
            assertThat(read)
                    .allSatisfy(metric ->
                            assertThat(exposed.toString()).as(metric).containsPattern("(?m)^" + metric + "[{ ]"));
        });
    }

    @Test
    void the_platforms_own_kafka_clients_are_metered() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(prometheus(system.registration))
                        .as("the outbox's producer")
                        .contains("kafka_producer_record_send_total{"));
    }

    private String prometheus(ServiceProcess service) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(service.managementUri("/actuator/prometheus"))
                        .header("Authorization", "Bearer " + Tokens.operator())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
