package org.mediation.synthesis.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.mediation.local.TestInfrastructure;
import org.mediation.local.Tokens;
import org.mediation.synthesis.Http;
import org.mediation.synthesis.Publisher;
import org.mediation.synthesis.SynthesisServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The national office follows the aggregate on the compacted topic (any Kafka client) and as Server-Sent Events, where
 * a client that never reads is dropped without holding up the others.
 */
class NationalStreamTest extends SynthesisServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    private final String region = "FR-S" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void a_consumer_reading_the_topic_from_the_beginning_finds_the_latest_figures() throws Exception {
        publishADayWithOneRegistration();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ConsumerRecord<String, String> last = lastRecord();
            assertThat(last.key()).isEqualTo("national");
            JsonNode event = JSON.readTree(last.value());
            assertThat(event.path("type").asText()).isEqualTo("synthesis.NationalAggregateUpdated.v1");
            assertThat(event.path("source").asText()).isEqualTo("/synthesis");
            assertThat(event.path("subject").asText()).isEqualTo("national");
            assertThat(event.path("data")
                            .path("regions")
                            .path(region)
                            .path("confirmed")
                            .asInt())
                    .isEqualTo(1);
        });
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "national-aggregates");
            String policy = admin.describeConfigs(List.of(topic))
                    .all()
                    .get()
                    .get(topic)
                    .get("cleanup.policy")
                    .value();
            assertThat(policy).isEqualTo("compact");
        }
    }

    @Test
    void an_sse_subscriber_receives_the_update() {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(new Http(port).uri("/api/national/stream"))
                .header("Authorization", "Bearer " + Tokens.nationalOffice())
                .header("Accept", "text/event-stream")
                .build();
        CompletableFuture<HttpResponse<Stream<String>>> response =
                HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> r.body().forEach(lines::add));
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:national-aggregate"));

        publishADayWithOneRegistration();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> lines.stream().anyMatch(line -> line.startsWith("data:") && line.contains(region)));
        response.cancel(true);
    }

    @Test
    void a_stream_ends_by_itself_when_its_token_expires() throws Exception {
        String shortLived = Tokens.mint("short-lived", List.of("NATIONAL_OFFICE"), null, Duration.ofSeconds(3));
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(stream(shortLived), HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);

        CompletableFuture<Long> lines =
                CompletableFuture.supplyAsync(() -> response.body().count());

        assertThat(lines.get(15, TimeUnit.SECONDS)).as("the stream closed").isPositive();
    }

    @Test
    void a_caller_holds_a_bounded_number_of_streams() throws Exception {
        String token = Tokens.mint("many-tabs", List.of("NATIONAL_OFFICE"), null, Duration.ofSeconds(5));
        HttpClient client = HttpClient.newHttpClient();
        List<HttpResponse<Stream<String>>> open = new ArrayList<>();
        for (int tab = 0; tab < 3; tab++) {
            open.add(client.sendAsync(stream(token), HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS));
        }

        HttpResponse<String> fourth = client.send(stream(token), HttpResponse.BodyHandlers.ofString());

        assertThat(open).allMatch(response -> response.statusCode() == 200);
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void a_client_that_never_reads_is_dropped_while_the_others_keep_receiving() throws Exception {
        double droppedBefore = meters.counter("synthesis.stream.dropped").count();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Stream<String>>> reader = HttpClient.newHttpClient()
                .sendAsync(stream(Tokens.nationalOffice()), HttpResponse.BodyHandlers.ofLines());
        reader.thenAccept(r -> r.body().forEach(lines::add));
        String day = UUID.randomUUID().toString();
        try (Publisher publisher = new Publisher();
                Socket neverReads = new Socket()) {
            neverReads.setReceiveBufferSize(1024);
            neverReads.connect(new InetSocketAddress("127.0.0.1", port));
            neverReads
                    .getOutputStream()
                    .write(("GET /api/national/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                                    + "Authorization: Bearer "
                                    + Tokens.mint(
                                            "never-reads", List.of("NATIONAL_OFFICE"), null, Duration.ofMinutes(5))
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            publisher.publish("registration.RegionalDayScheduled.v1", Map.of("regionalDayId", day, "region", region));
            int[] registered = {0};

            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        publisher.publish(
                                "registration.ParticipantRegistered.v1",
                                Map.of("regionalDayId", day, "registrationId", "r" + registered[0]++));
                        return meters.counter("synthesis.stream.dropped").count() > droppedBefore;
                    });
            publisher.publish(
                    "registration.ParticipantRegistered.v1",
                    Map.of("regionalDayId", day, "registrationId", "r" + registered[0]++));

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> lines.stream().anyMatch(line -> confirmed(line) == registered[0]));
            assertThat(readToTheEnd(neverReads))
                    .as("the dropped stream was ended")
                    .endsWith("\r\n0\r\n\r\n");
        } finally {
            reader.cancel(true);
        }
    }

    /** What a stream's socket holds, up to the last chunk of its response (or the connection's end). */
    private static String readToTheEnd(Socket socket) throws java.io.IOException {
        socket.setSoTimeout(30_000);
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
            read.write(buffer, 0, n);
            if (read.toString(StandardCharsets.UTF_8).endsWith("\r\n0\r\n\r\n")) {
                break;
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /** The confirmed figure of this test's region in an SSE data line (-1 in any other line). */
    private int confirmed(String line) {
        if (!line.startsWith("data:") || !line.contains(region)) {
            return -1;
        }
        try {
            return JSON.readTree(line.substring(5))
                    .path("regions")
                    .path(region)
                    .path("confirmed")
                    .asInt(-1);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private HttpRequest stream(String token) {
        return HttpRequest.newBuilder(new Http(port).uri("/api/national/stream"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build();
    }

    private void publishADayWithOneRegistration() {
        String day = UUID.randomUUID().toString();
        try (Publisher publisher = new Publisher()) {
            publisher.publish("registration.RegionalDayScheduled.v1", Map.of("regionalDayId", day, "region", region));
            publisher.publish("registration.ParticipantRegistered.v1", Map.of("regionalDayId", day));
        }
    }

    private static ConsumerRecord<String, String> lastRecord() {
        Properties config = new Properties();
        config.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "national-office-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        ConsumerRecord<String, String> last = null;
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("national-aggregates"));
            long deadline = System.currentTimeMillis() + 5_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (last == null || record.timestamp() >= last.timestamp()) {
                        last = record;
                    }
                }
            }
        }
        assertThat(last).as("a record on national-aggregates").isNotNull();
        assertThat(new String(last.value().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isNotBlank();
        return last;
    }
}
