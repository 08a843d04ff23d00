package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mediation.local.Tokens;

/**
 * A regional team and its rapporteur at work, through the public APIs only: schedules and opens a day, registers
 * participants, runs a workshop whose published report holds the given contributions.
 */
final class Organiser {

    private final Api api = new Api();
    private final TheSystem system;
    private final String team;
    private final String rapporteur;
    private final String rapporteurId;
    private final String region;

    Organiser(TheSystem system, String region) {
        this.system = system;
        this.team = Tokens.regionalTeam(region);
        this.rapporteurId = "rapporteur-" + region.toLowerCase();
        this.rapporteur = Tokens.rapporteur(rapporteurId, region);
        this.region = region;
    }

    /** A scheduled, open regional day for 250 people; returns its id. */
    String openDay(String title, String date, String venue) {
        return openDay(title, date, venue, 250);
    }

    String openDay(String title, String date, String venue, int capacity) {
        String day = created(api.post(
                system.registration.uri("/api/regional-days"),
                team,
                Map.of("region", region, "title", title, "date", date, "venue", venue, "capacity", capacity)));
        assertThat(api.post(system.registration.uri("/api/regional-days/" + day + "/open"), team, Map.of())
                        .status())
                .isEqualTo(200);
        return day;
    }

    String register(String day, String category) {
        return created(api.post(
                system.registration.uri("/api/regional-days/" + day + "/registrations"),
                team,
                Map.of(
                        "firstName", "Camille",
                        "lastName", "Martin",
                        "email", "camille." + System.nanoTime() + "@example.org",
                        "category", category,
                        "organisation", "Association")));
    }

    /** A workshop of that theme whose report, holding these contributions (kind → text), is published. */
    void publishedWorkshop(String day, String themeCode, String title, Map<String, String> contributions) {
        String workshop = workshopWithRapporteur(day, themeCode, title);
        contributions.forEach((kind, text) -> contribute(workshop, kind, text));
        String path = "/api/workshops/" + workshop;
        assertThat(api.post(system.workshop.uri(path + "/report/submit"), rapporteur, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(api.post(system.workshop.uri(path + "/report/publish"), team, Map.of())
                        .status())
                .isEqualTo(200);
    }

    /** A workshop planned (asked again until workshop-service knows the day) with the region's rapporteur. */
    String workshopWithRapporteur(String day, String themeCode, String title) {
        String workshop = created(retried(() -> api.post(
                system.workshop.uri("/api/workshops"),
                team,
                Map.of("regionalDayId", day, "themeCode", themeCode, "title", title, "capacity", 40))));
        assertThat(api.put(
                                system.workshop.uri("/api/workshops/" + workshop + "/rapporteur"),
                                team,
                                Map.of("userId", rapporteurId, "name", "Julie Martin"))
                        .status())
                .isEqualTo(200);
        return workshop;
    }

    /** Recorded by the workshop's rapporteur; returns the contribution's id. */
    String contribute(String workshop, String kind, String text) {
        return created(api.post(
                system.workshop.uri("/api/workshops/" + workshop + "/contributions"),
                rapporteur,
                Map.of("kind", kind, "text", text, "tags", List.of("numérique"))));
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

    private static String created(Api.Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
        return reply.body().path("id").asText();
    }
}
