package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;
import org.mediation.local.Tokens;

/**
 * Every endpoint of the four services x every kind of caller, against one regional day's ids: the statuses of
 * {@code security-matrix.csv} (kept as data next to this test). A refusal must be exactly the refusal expected, and
 * not one call a caller is refused may answer 2xx.
 */
@Order(2)
class SecurityMatrixTest {

    private static final String REGION = "FR-HDF";
    private static final Map<String, String> CALLERS = new LinkedHashMap<>();
    private static final Api api = new Api();
    private static final Map<String, String> ids = new LinkedHashMap<>();
    private static TheSystem system;

    static {
        CALLERS.put("TEAM", Tokens.regionalTeam(REGION));
        CALLERS.put("OTHER_TEAM", Tokens.regionalTeam("FR-IDF"));
        CALLERS.put("RAPPORTEUR", Tokens.rapporteur("matrix-rapporteur", REGION));
        CALLERS.put("OTHER_RAPPORTEUR", Tokens.rapporteur("matrix-other-rapporteur", REGION));
        CALLERS.put("NATIONAL", Tokens.nationalOffice());
        CALLERS.put("OPERATOR", Tokens.operator());
        CALLERS.put("NONE", null);
        CALLERS.put("EXPIRED", Tokens.mint("expired", List.of("OPERATOR"), null, Duration.ofMinutes(-1)));
    }

    @BeforeAll
    static void aRegionalDayWithEverything() throws Exception {
        system = TheSystem.get();
        String team = CALLERS.get("TEAM");
        ids.put("unknown", UUID.randomUUID().toString());
        ids.put("day", id(api.post(system.registration.uri("/api/regional-days"), team, body("day"))));
        api.post(system.registration.uri("/api/regional-days/" + ids.get("day") + "/open"), team, Map.of());
        ids.put(
                "registration",
                id(api.post(uri("registration", "/api/regional-days/{day}/registrations"), team, body("participant"))));
        ids.put("workshop", id(retried(() -> api.post(system.workshop.uri("/api/workshops"), team, body("workshop")))));
        api.put(uri("workshop", "/api/workshops/{workshop}/rapporteur"), team, body("rapporteur"));
        ids.put(
                "contribution",
                id(api.post(
                        uri("workshop", "/api/workshops/{workshop}/contributions"),
                        CALLERS.get("RAPPORTEUR"),
                        body("contribution"))));
        ids.put("resource", id(api.post(system.resource.uri("/api/resources"), team, body("resource"))));
        retried(() -> api.post(uri("resource", "/api/regional-days/{day}/stand"), team, body("offer")));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get(uri("synthesis", "/api/regional-days/{day}/synthesis"), team)
                                .status()
                        == 200);
    }

    @Test
    void every_caller_gets_exactly_the_expected_status_and_no_refused_call_succeeds() throws IOException {
        List<String> unexpected = new ArrayList<>();
        int checked = 0;
        for (Row row : rows()) {
            for (Map.Entry<String, String> expected : row.expected().entrySet()) {
                if (expected.getValue().equals("-")) {
                    continue;
                }
                int status = api.status(
                        row.method(), uri(row.service(), row.path()), CALLERS.get(expected.getKey()), body(row.body()));
                checked++;
                if (status != Integer.parseInt(expected.getValue())) {
                    unexpected.add("%s %s %s as %s: %d, expected %s"
                            .formatted(
                                    row.service(),
                                    row.method(),
                                    row.path(),
                                    expected.getKey(),
                                    status,
                                    expected.getValue()));
                }
            }
        }
        System.out.printf("security matrix: %d calls checked, %d unexpected%n", checked, unexpected.size());
        unexpected.forEach(System.out::println);
        assertThat(checked).isGreaterThan(300);
        assertThat(unexpected).isEmpty();
    }

    private record Row(String service, String method, String path, String body, Map<String, String> expected) {}

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = SecurityMatrixTest.class.getResourceAsStream("/security-matrix.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            List<String> header = List.of(lines.get(0).split(",", -1));
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = List.of(line.split(",", -1));
                Map<String, String> expected = new LinkedHashMap<>();
                for (int column = 4; column < header.size(); column++) {
                    expected.put(header.get(column), cells.get(column));
                }
                rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), expected));
            }
        }
        assertThat(rows.stream()
                        .flatMap(row -> row.expected().keySet().stream())
                        .distinct())
                .containsExactlyElementsOf(CALLERS.keySet());
        return rows;
    }

    private static java.net.URI uri(String service, String path) {
        String concrete = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            concrete = concrete.replace("{" + id.getKey() + "}", id.getValue());
        }
        ServiceProcess process = switch (service) {
            case "registration" -> system.registration;
            case "workshop" -> system.workshop;
            case "resource" -> system.resource;
            case "synthesis" -> system.synthesis;
            default -> throw new IllegalArgumentException("no service " + service);
        };
        return process.uri(concrete);
    }

    /** The body each kind of call sends: valid, so that only the caller decides the answer. */
    private static Object body(String kind) {
        return switch (kind) {
            case "" -> null;
            case "day" ->
                Map.of("region", REGION, "title", "Journée", "date", "2019-12-04", "venue", "Liévin", "capacity", 50);
            case "capacity" -> Map.of("capacity", 60);
            case "participant" ->
                Map.of(
                        "firstName", "Ada",
                        "lastName", "Martin",
                        "email", "ada-" + UUID.randomUUID() + "@example.org",
                        "category", "MEDIATOR",
                        "organisation", "AMS Lens");
            case "workshop" -> workshopOf(ids.get("day"));
            case "workshopOfUnknownDay" -> workshopOf(ids.get("unknown"));
            case "person" -> Map.of("name", "Claire Dubois", "organisation", "AMS Lens");
            case "rapporteur" -> Map.of("userId", "matrix-rapporteur", "name", "Julie Martin");
            case "enrolment" -> Map.of("registrationId", ids.get("registration"));
            case "contribution" ->
                Map.of("kind", "PROPOSAL", "text", "Des permanences numériques", "tags", List.of("x"));
            case "reason" -> Map.of("reason", "Préciser la proposition");
            case "resource" ->
                Map.of(
                        "kind",
                        "BOOK",
                        "title",
                        "Guide",
                        "authors",
                        List.of("Centre"),
                        "themeCodes",
                        List.of("ENVIRONMENT"));
            case "offer" -> Map.of("resourceId", ids.get("resource"));
            case "theme" -> Map.of("code", "MATRIX_THEME", "labelFr", "Thème", "labelEn", "Theme");
            case "themeLabels" -> Map.of("labelFr", "Accès aux droits et illectronisme", "labelEn", "Access to rights");
            case "replay" -> Map.of("dryRun", true, "reason", "security matrix");
            case "edition" -> Map.of("title", "Restitution", "from", "2019-11-01", "to", "2019-12-31");
            case "order" -> Map.of("statements", List.of());
            default -> throw new IllegalArgumentException("no body " + kind);
        };
    }

    private static String id(Api.Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
        return reply.body().path("id").asText();
    }

    /** A service learns the day from Kafka: until then it answers 409, so ask again. */
    private static Api.Reply retried(Supplier<Api.Reply> call) {
        Api.Reply[] reply = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    reply[0] = call.get();
                    return reply[0].status() != 409;
                });
        return reply[0];
    }

    private static Map<String, Object> workshopOf(String regionalDayId) {
        return Map.of(
                "regionalDayId", regionalDayId, "themeCode", "ACCESS_TO_RIGHTS", "title", "Accès", "capacity", 20);
    }
}
