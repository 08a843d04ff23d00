package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;
import org.mediation.local.Tokens;

/**
 * The four services as production runs them (each its own JVM),
 * driven only through their public HTTP APIs: a regional day with registrations, a workshop whose rapporteur records,
 * submits and gets published, a stand with requests. The regional synthesis and the national aggregate are checked
 * number by number.
 */
@Order(1)
class FourServicesTest {

    private static final String REGION = "FR-BRE";
    private static final String TEAM = Tokens.regionalTeam(REGION);
    private static final String RAPPORTEUR = Tokens.rapporteur("rapporteur-bre", REGION);
    private static ServiceProcess registration;
    private static ServiceProcess workshops;
    private static ServiceProcess resources;
    private static ServiceProcess synthesisService;

    private final Api api = new Api();

    @BeforeAll
    static void startServices() throws Exception {
        TheSystem system = TheSystem.get();
        registration = system.registration;
        workshops = system.workshop;
        resources = system.resource;
        synthesisService = system.synthesis;
    }

    @Test
    void a_regional_day_reaches_its_synthesis_and_the_national_aggregate() {
        JsonNode before = national();
        String day = created(api.post(
                registration.uri("/api/regional-days"),
                TEAM,
                Map.of(
                        "region",
                        REGION,
                        "title",
                        "Journée de Rennes",
                        "date",
                        "2020-01-16",
                        "venue",
                        "Rennes",
                        "capacity",
                        3)));
        api.post(registration.uri("/api/regional-days/" + day + "/open"), TEAM, Map.of());
        String mediator = register(day, "MEDIATOR");
        String professional = register(day, "PROFESSIONAL");
        register(day, "ELECTED_OFFICIAL");
        register(day, "LOCAL_ACTOR");
        assertThat(api.post(registration.uri(registrationPath(day, mediator) + "/check-in"), TEAM, Map.of())
                        .status())
                .isEqualTo(200);
        api.post(registration.uri(registrationPath(day, professional) + "/check-in"), TEAM, Map.of());

        String workshop = created(retried(() -> api.post(
                workshops.uri("/api/workshops"),
                TEAM,
                Map.of(
                        "regionalDayId",
                        day,
                        "themeCode",
                        "ACCESS_TO_RIGHTS",
                        "title",
                        "Droits et numérique",
                        "capacity",
                        20))));
        api.put(
                workshops.uri(workshopPath(workshop) + "/rapporteur"),
                TEAM,
                Map.of("userId", "rapporteur-bre", "name", "Yann Le Goff"));
        created(retried(() -> api.post(
                workshops.uri(workshopPath(workshop) + "/enrolments"), TEAM, Map.of("registrationId", mediator))));
        contribute(workshop, "FINDING", "Les démarches en ligne excluent une partie du public.");
        contribute(workshop, "PROPOSAL", "Des permanences numériques dans chaque quartier.");
        String debate = contribute(workshop, "DEBATE", "Le médiateur doit-il venir du quartier ?");
        assertThat(api.delete(workshops.uri(workshopPath(workshop) + "/contributions/" + debate), RAPPORTEUR)
                        .status())
                .isBetween(200, 204);
        assertThat(api.post(workshops.uri(workshopPath(workshop) + "/report/submit"), RAPPORTEUR, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(api.post(workshops.uri(workshopPath(workshop) + "/report/publish"), TEAM, Map.of())
                        .status())
                .isEqualTo(200);

        String resource = created(api.post(
                resources.uri("/api/resources"),
                TEAM,
                Map.of(
                        "kind",
                        "BOOK",
                        "title",
                        "La médiation sociale",
                        "authors",
                        List.of("Réseau national"),
                        "publisher",
                        "Centre de ressources",
                        "year",
                        2019,
                        "themeCodes",
                        List.of("ACCESS_TO_RIGHTS"))));
        api.post(resources.uri("/api/resources/" + resource + "/share"), TEAM, Map.of());
        created(retried(() -> api.post(resources.uri(standPath(day)), TEAM, Map.of("resourceId", resource))));
        created(api.post(
                resources.uri(standPath(day) + "/" + resource + "/requests"),
                TEAM,
                Map.of("registrationId", mediator)));
        created(api.post(resources.uri(standPath(day) + "/" + resource + "/requests"), TEAM, Map.of()));

        JsonNode synthesis = awaitSynthesis(
                day,
                s -> s.path("resources").path("requests").asInt() == 2
                        && s.path("workshops")
                                .path(0)
                                .path("reportStatus")
                                .asText()
                                .equals("PUBLISHED")
                        && s.path("attendance").path("checkedIn").asInt() == 2);
        JsonNode attendance = synthesis.path("attendance");
        assertThat(attendance.path("confirmed").asInt()).isEqualTo(3);
        assertThat(attendance.path("waitlisted").asInt()).isEqualTo(1);
        assertThat(attendance.path("cancelled").asInt()).isZero();
        assertThat(attendance.path("byCategory").path("MEDIATOR").toString())
                .isEqualTo("{\"confirmed\":1,\"checkedIn\":1}");
        assertThat(attendance.path("byCategory").path("PROFESSIONAL").toString())
                .isEqualTo("{\"confirmed\":1,\"checkedIn\":1}");
        assertThat(attendance.path("byCategory").path("ELECTED_OFFICIAL").toString())
                .isEqualTo("{\"confirmed\":1,\"checkedIn\":0}");
        assertThat(attendance.path("byCategory").path("LOCAL_ACTOR").toString())
                .isEqualTo("{\"confirmed\":0,\"checkedIn\":0}");
        JsonNode workshopNode = synthesis.path("workshops").path(0);
        assertThat(workshopNode.path("themeCode").asText()).isEqualTo("ACCESS_TO_RIGHTS");
        assertThat(workshopNode.path("title").asText()).isEqualTo("Droits et numérique");
        assertThat(workshopNode.path("enrolled").asInt()).isEqualTo(1);
        assertThat(workshopNode.path("rapporteur").asText()).isEqualTo("Yann Le Goff");
        assertThat(workshopNode.path("contributions").findValuesAsText("kind"))
                .containsExactlyInAnyOrder("FINDING", "PROPOSAL");
        JsonNode item = synthesis.path("resources").path("items").path(0);
        assertThat(item.path("title").asText()).isEqualTo("La médiation sociale");
        assertThat(item.path("kind").asText()).isEqualTo("BOOK");
        assertThat(item.path("requests").asInt()).isEqualTo(2);
        assertThat(synthesis.path("resources").path("offered").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode after = national();
            assertThat(after.path("regions").path(REGION).toString())
                    .isEqualTo(
                            "{\"regionalDays\":1,\"confirmed\":3,\"checkedIn\":2,\"workshops\":1,\"contributions\":2}");
            assertThat(delta(before, after, "regionalDays")).isEqualTo(1);
            assertThat(delta(before, after, "attendance", "confirmed")).isEqualTo(3);
            assertThat(delta(before, after, "attendance", "waitlisted")).isEqualTo(1);
            assertThat(delta(before, after, "attendance", "checkedIn")).isEqualTo(2);
            assertThat(delta(before, after, "attendance", "byCategory", "ELECTED_OFFICIAL", "confirmed"))
                    .isEqualTo(1);
            assertThat(delta(before, after, "themes", "ACCESS_TO_RIGHTS", "workshops"))
                    .isEqualTo(1);
            assertThat(delta(before, after, "themes", "ACCESS_TO_RIGHTS", "contributions", "FINDING"))
                    .isEqualTo(1);
            assertThat(delta(before, after, "themes", "ACCESS_TO_RIGHTS", "contributions", "PROPOSAL"))
                    .isEqualTo(1);
            assertThat(delta(before, after, "themes", "ACCESS_TO_RIGHTS", "contributions", "DEBATE"))
                    .isZero();
            assertThat(after.path("themes")
                            .path("ACCESS_TO_RIGHTS")
                            .path("regions")
                            .toString())
                    .contains(REGION);
            assertThat(delta(before, after, "resources", "catalogued")).isEqualTo(1);
            assertThat(delta(before, after, "resources", "sharedNationally")).isEqualTo(1);
            assertThat(delta(before, after, "resources", "offeredAtStands")).isEqualTo(1);
            assertThat(delta(before, after, "resources", "requests")).isEqualTo(2);
        });
    }

    @Test
    void a_theme_the_national_office_adds_is_planned_contributed_to_and_counted_nationally_without_a_restart()
            throws Exception {
        Api.Reply added = api.post(
                workshops.uri("/api/themes"),
                Tokens.nationalOffice(),
                Map.of(
                        "code",
                        "YOUTH_AND_SCHOOLS",
                        "labelFr",
                        "Jeunesse et établissements scolaires",
                        "labelEn",
                        "Youth and schools"));
        assertThat(added.status()).as("%s", added.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> national().path("themes").has("YOUTH_AND_SCHOOLS"));
        JsonNode before = national();
        assertThat(before.path("themes")
                        .path("YOUTH_AND_SCHOOLS")
                        .path("workshops")
                        .asInt())
                .isZero();

        Organiser occitanie = new Organiser(TheSystem.get(), "FR-OCC");
        String day = occitanie.openDay("Journée de Montpellier", "2020-04-02", "Montpellier");
        occitanie.publishedWorkshop(
                day,
                "YOUTH_AND_SCHOOLS",
                "La médiation au collège",
                Map.of("PROPOSAL", "Un médiateur dans chaque collège du quartier."));
        assertThat(retried(() -> api.post(
                                resources.uri("/api/resources"),
                                Tokens.regionalTeam("FR-OCC"),
                                Map.of(
                                        "kind",
                                        "TOOLKIT",
                                        "title",
                                        "Médiation scolaire",
                                        "authors",
                                        List.of("Réseau"),
                                        "publisher",
                                        "Centre de ressources",
                                        "year",
                                        2020,
                                        "themeCodes",
                                        List.of("YOUTH_AND_SCHOOLS"))))
                        .status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode after = national();
            JsonNode theme = after.path("themes").path("YOUTH_AND_SCHOOLS");
            assertThat(theme.path("workshops").asInt()).isEqualTo(1);
            assertThat(theme.path("contributions").path("PROPOSAL").asInt()).isEqualTo(1);
            assertThat(theme.path("regions").toString()).contains("FR-OCC");
            assertThat(delta(before, after, "resources", "catalogued")).isEqualTo(1);
        });
    }

    private String register(String day, String category) {
        Api.Reply reply = api.post(
                registration.uri("/api/regional-days/" + day + "/registrations"),
                TEAM,
                Map.of(
                        "firstName",
                        "Camille",
                        "lastName",
                        "Morvan",
                        "email",
                        category.toLowerCase() + "@example.org",
                        "category",
                        category,
                        "organisation",
                        "Association"));
        return created(reply);
    }

    private String contribute(String workshop, String kind, String text) {
        return created(api.post(
                workshops.uri(workshopPath(workshop) + "/contributions"),
                RAPPORTEUR,
                Map.of("kind", kind, "text", text, "tags", List.of("rennes"))));
    }

    /** A service learns the day (or registration) from Kafka: until then it answers 409, so ask again. */
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

    private static String created(Api.Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
        return reply.body().path("id").asText();
    }

    private JsonNode awaitSynthesis(String day, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    Api.Reply reply = api.get(synthesis(day), TEAM);
                    last[0] = reply.body();
                    return reply.status() == 200 && ready.test(last[0]);
                });
        return last[0];
    }

    private JsonNode national() {
        return api.get(synthesisService.uri("/api/national/aggregate"), Tokens.nationalOffice())
                .body();
    }

    private static int delta(JsonNode before, JsonNode after, String... path) {
        JsonNode a = before;
        JsonNode b = after;
        for (String field : path) {
            a = a.path(field);
            b = b.path(field);
        }
        return b.asInt() - a.asInt();
    }

    private URI synthesis(String day) {
        return synthesisService.uri("/api/regional-days/" + day + "/synthesis");
    }

    private static String registrationPath(String day, String registration) {
        return "/api/regional-days/" + day + "/registrations/" + registration;
    }

    private static String workshopPath(String workshop) {
        return "/api/workshops/" + workshop;
    }

    private static String standPath(String day) {
        return "/api/regional-days/" + day + "/stand";
    }
}
