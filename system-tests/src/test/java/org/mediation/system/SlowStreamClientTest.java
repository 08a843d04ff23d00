package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;

/**
 * One national stream whose client never reads (a raw socket with a 1 KB receive buffer) while participants register:
 * synthesis drops it ({@code synthesis.stream.dropped} on the operators' metrics) and ends its response, and a client
 * that reads keeps receiving every change, the last one included.
 */
@Order(8)
class SlowStreamClientTest {

    private static final String REGION = "FR-PAC";
    private static final String END_OF_RESPONSE = "\r\n0\r\n\r\n";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static TheSystem system;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        system = TheSystem.get();
    }

    @Test
    void a_client_that_never_reads_is_dropped_and_the_others_keep_receiving() throws Exception {
        Organiser organiser = new Organiser(system, REGION);
        String day = organiser.openDay("Journée du flux", "2019-12-04", "Marseille", 1000);
        double droppedBefore = dropped();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Stream<String>>> reader = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(system.synthesis.uri("/api/national/stream"))
                                .header("Authorization", "Bearer " + Tokens.nationalOffice())
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines());
        reader.thenAccept(response -> response.body().forEach(lines::add));
        try (Socket neverReads = neverReadingStream()) {
            int[] registered = {0};
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        organiser.register(day, "MEDIATOR");
                        registered[0]++;
                        return dropped() > droppedBefore;
                    });
            organiser.register(day, "MEDIATOR");
            registered[0]++;

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> lines.stream().anyMatch(line -> confirmedIn(line) == registered[0]));
            assertThat(readToTheEnd(neverReads))
                    .as("the dropped stream was ended")
                    .endsWith(END_OF_RESPONSE);
            System.out.printf(
                    "the client that never read was dropped after %d registrations; the reading one saw all%n",
                    registered[0]);
        } finally {
            reader.cancel(true);
        }
    }

    private static Socket neverReadingStream() throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        URI stream = system.synthesis.uri("/api/national/stream");
        socket.connect(new InetSocketAddress(stream.getHost(), stream.getPort()));
        socket.getOutputStream()
                .write(("GET /api/national/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                                + "Authorization: Bearer " + Tokens.nationalOffice() + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** What the socket holds, up to the last chunk of its response (or the connection's end). */
    private static String readToTheEnd(Socket socket) throws IOException {
        socket.setSoTimeout(30_000);
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
            read.write(buffer, 0, n);
            if (read.toString(StandardCharsets.UTF_8).endsWith(END_OF_RESPONSE)) {
                break;
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /** The confirmed figure of this test's region in an SSE data line (-1 in any other line). */
    private static int confirmedIn(String line) {
        if (!line.startsWith("data:") || !line.contains(REGION)) {
            return -1;
        }
        try {
            return JSON.readTree(line.substring("data:".length()))
                    .path("regions")
                    .path(REGION)
                    .path("confirmed")
                    .asInt(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private double dropped() {
        return api.text(system.synthesis.uri("/actuator/prometheus"), Tokens.operator())
                .lines()
                .filter(line -> line.startsWith("synthesis_stream_dropped_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
