package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;
import org.mediation.local.Tokens;

/**
 * One registration's trace, followed through the logs: the HTTP call carries a W3C {@code traceparent}, registration
 * -service continues it and dispatches the command in it, the event's CloudEvent carries it on
 * {@code registration-events}, and synthesis-service receives the event in a span of the same trace: both services'
 * log lines carry its trace id.
 */
@Order(4)
class TraceTest {

    private static TheSystem system;

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
    }

    @Test
    void a_registrations_trace_id_is_in_registration_services_log_then_in_synthesis_services() throws Exception {
        String day = new Organiser(system, "FR-BFC").openDay("Journée de Dijon", "2020-06-11", "Dijon");
        String traceId = hex(16);
        HttpResponse<String> registered = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(system.registration.uri("/api/regional-days/" + day + "/registrations"))
                                .header("Authorization", "Bearer " + Tokens.regionalTeam("FR-BFC"))
                                .header("Content-Type", "application/json")
                                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"firstName\":\"Louise\","
                                        + "\"lastName\":\"Bernard\",\"email\":\"louise@example.org\","
                                        + "\"category\":\"MEDIATOR\",\"organisation\":\"Association\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> logged(system.synthesis, traceId, "Received "));
        assertThat(logged(system.registration, traceId, "Dispatched ")).isTrue();
    }

    /** Whether a line of the service's log says that and carries the trace id. */
    private static boolean logged(ServiceProcess service, String traceId, String saying) throws Exception {
        try (var lines = Files.lines(service.log())) {
            return lines.anyMatch(line -> line.contains(traceId) && line.contains(saying));
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
