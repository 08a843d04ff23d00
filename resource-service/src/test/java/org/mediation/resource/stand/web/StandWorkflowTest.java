package org.mediation.resource.stand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.resource.ResourceServiceTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** The stand of a regional day learnt from {@code registration-events}, driven through the HTTP API. */
class StandWorkflowTest extends ResourceServiceTest {

    static final String HDF = Tokens.regionalTeam("FR-HDF");
    static final String IDF = Tokens.regionalTeam("FR-IDF");
    static final LocalDate LATER = LocalDate.now().plusDays(60);

    @Test
    void a_team_offers_a_resource_at_its_day_and_records_requests_counted_per_day_and_resource() {
        String dayId = scheduledDay("FR-HDF", LATER);
        String otherDayId = scheduledDay("FR-HDF", LATER.plusDays(7));
        String resourceId = publish(
                HDF, "Bibliographie médiation et politique de la ville", "BIBLIOGRAPHY", "TERRITORIAL_INTEGRATION");

        var offered = call(HttpMethod.POST, stand(dayId), HDF, Map.of("resourceId", resourceId));
        assertThat(offered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(offered.getBody()).containsEntry("resourceId", resourceId).containsEntry("kind", "BIBLIOGRAPHY");
        call(HttpMethod.POST, stand(otherDayId), HDF, Map.of("resourceId", resourceId));

        String registrationId = registered(dayId);
        var withRegistration =
                call(HttpMethod.POST, requests(dayId, resourceId), HDF, Map.of("registrationId", registrationId));
        assertThat(withRegistration.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(withRegistration.getBody())
                .containsEntry("registrationId", registrationId)
                .containsKey("requestId");
        assertThat(call(HttpMethod.POST, requests(dayId, resourceId), HDF, null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(call(HttpMethod.POST, requests(otherDayId, resourceId), HDF, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        assertThat(list(stand(dayId), HDF).getBody())
                .containsExactly(Map.of(
                        "resourceId",
                        resourceId,
                        "title",
                        "Bibliographie médiation et politique de la ville",
                        "kind",
                        "BIBLIOGRAPHY",
                        "requests",
                        2));
        assertThat(list(stand(otherDayId), HDF).getBody())
                .singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("requests", 1));
        assertThat(call(HttpMethod.GET, "/api/resources/" + resourceId, HDF, null)
                        .getBody())
                .containsEntry("requests", 3);
    }

    @Test
    void a_request_names_a_registration_of_that_day_learnt_from_registration_events() {
        String dayId = scheduledDay("FR-HDF", LATER);
        String otherDayId = scheduledDay("FR-HDF", LATER.plusDays(1));
        String resourceId = publish(HDF, "Fiche accès aux droits", "EXPERIENCE_SHEET", "ACCESS_TO_RIGHTS");
        call(HttpMethod.POST, stand(dayId), HDF, Map.of("resourceId", resourceId));
        String ofOtherDay = registered(otherDayId);

        var notYetKnown = call(
                HttpMethod.POST,
                requests(dayId, resourceId),
                HDF,
                Map.of("registrationId", UUID.randomUUID().toString()));
        assertProblem(notYetKnown, HttpStatus.CONFLICT);
        assertThat(notYetKnown.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat((String) notYetKnown.getBody().get("detail")).contains("retry");
        assertProblem(
                call(HttpMethod.POST, requests(dayId, resourceId), HDF, Map.of("registrationId", ofOtherDay)),
                HttpStatus.CONFLICT);

        String registrationId = registered(dayId);
        assertThat(call(HttpMethod.POST, requests(dayId, resourceId), HDF, Map.of("registrationId", registrationId))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertProblem(
                call(HttpMethod.POST, requests(dayId, resourceId), HDF, Map.of("registrationId", registrationId)),
                HttpStatus.CONFLICT);
    }

    @Test
    void a_cancelled_or_erased_registration_is_a_422_and_a_late_registration_event_does_not_revive_it() {
        String dayId = scheduledDay("FR-HDF", LATER);
        String resourceId = publish(HDF, "Fiche illectronisme", "EXPERIENCE_SHEET", "ACCESS_TO_RIGHTS");
        call(HttpMethod.POST, stand(dayId), HDF, Map.of("resourceId", resourceId));
        String cancelled = registered(dayId);
        String erased = registered(dayId);

        sendRegistrationEvent("registration.RegistrationCancelled.v1", dayId, registration(dayId, cancelled));
        sendRegistrationEvent("registration.PersonalDataErased.v1", dayId, registration(dayId, erased));
        sendRegistrationEvent("registration.ParticipantRegistered.v1", dayId, registration(dayId, erased));
        String later = registered(dayId);

        for (String registrationId : List.of(cancelled, erased)) {
            var refused =
                    call(HttpMethod.POST, requests(dayId, resourceId), HDF, Map.of("registrationId", registrationId));
            assertProblem(refused, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        assertThat(call(HttpMethod.POST, requests(dayId, resourceId), HDF, Map.of("registrationId", later))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void a_region_counts_the_requests_of_its_own_stands_and_the_national_office_those_of_every_stand() {
        String hdfDay = scheduledDay("FR-HDF", LATER);
        String idfDay = scheduledDay("FR-IDF", LATER);
        String marker = UUID.randomUUID().toString();
        String resourceId = publish(HDF, "Fiche partagée " + marker, "EXPERIENCE_SHEET", "MEDIATION_NETWORK");
        call(HttpMethod.POST, "/api/resources/" + resourceId + "/share", HDF, null);
        call(HttpMethod.POST, stand(hdfDay), HDF, Map.of("resourceId", resourceId));
        call(HttpMethod.POST, stand(idfDay), IDF, Map.of("resourceId", resourceId));

        call(HttpMethod.POST, requests(hdfDay, resourceId), HDF, null);
        for (int n = 0; n < 3; n++) {
            call(HttpMethod.POST, requests(idfDay, resourceId), IDF, null);
        }

        assertThat(requestsSeenBy(HDF, resourceId)).isEqualTo(1);
        assertThat(requestsSeenBy(IDF, resourceId)).isEqualTo(3);
        assertThat(requestsSeenBy(Tokens.nationalOffice(), resourceId)).isEqualTo(4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found =
                (List<Map<String, Object>>) call(HttpMethod.GET, "/api/resources?q=" + marker, HDF, null)
                        .getBody()
                        .get("content");
        assertThat(found).singleElement().satisfies(entry -> assertThat(entry).containsEntry("requests", 1));
    }

    int requestsSeenBy(String token, String resourceId) {
        return (Integer) call(HttpMethod.GET, "/api/resources/" + resourceId, token, null)
                .getBody()
                .get("requests");
    }

    @Test
    void an_unknown_day_is_409_on_write_and_404_on_read() {
        String resourceId = publish(HDF, "Fiche", "EXPERIENCE_SHEET", "MEDIATION_NETWORK");
        String unknown = UUID.randomUUID().toString();

        assertProblem(
                call(HttpMethod.POST, stand(unknown), HDF, Map.of("resourceId", resourceId)), HttpStatus.CONFLICT);
        assertProblem(call(HttpMethod.POST, requests(unknown, resourceId), HDF, null), HttpStatus.CONFLICT);
        assertProblem(call(HttpMethod.GET, stand(unknown), HDF, null), HttpStatus.NOT_FOUND);
    }

    @Test
    void a_region_offers_another_region_resource_only_once_shared_and_only_at_its_own_days() {
        String idfDay = scheduledDay("FR-IDF", LATER);
        String resourceId = publish(HDF, "Fiche des Hauts-de-France", "EXPERIENCE_SHEET", "MEDIATION_NETWORK");

        assertProblem(
                call(HttpMethod.POST, stand(idfDay), IDF, Map.of("resourceId", resourceId)), HttpStatus.NOT_FOUND);
        assertProblem(
                call(HttpMethod.POST, stand(idfDay), HDF, Map.of("resourceId", resourceId)), HttpStatus.FORBIDDEN);
        call(HttpMethod.POST, "/api/resources/" + resourceId + "/share", HDF, null);

        assertThat(call(HttpMethod.POST, stand(idfDay), IDF, Map.of("resourceId", resourceId))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertProblem(call(HttpMethod.POST, stand(idfDay), IDF, Map.of("resourceId", resourceId)), HttpStatus.CONFLICT);
        assertProblem(call(HttpMethod.POST, requests(idfDay, resourceId), HDF, null), HttpStatus.FORBIDDEN);
    }

    @Test
    void a_stand_is_read_by_its_region_and_the_national_roles_only() {
        String hdfDay = scheduledDay("FR-HDF", LATER);
        String own = publish(HDF, "Livre non partagé", "BOOK", "ENVIRONMENT");
        String shared = publish(HDF, "Livre partagé", "BOOK", "ENVIRONMENT");
        call(HttpMethod.POST, "/api/resources/" + shared + "/share", HDF, null);
        call(HttpMethod.POST, stand(hdfDay), HDF, Map.of("resourceId", own));
        call(HttpMethod.POST, stand(hdfDay), HDF, Map.of("resourceId", shared));

        assertThat(resourceIds(stand(hdfDay), HDF)).containsExactly(own, shared);
        assertThat(resourceIds(stand(hdfDay) + "?page=1&size=1", HDF)).containsExactly(shared);
        assertProblem(call(HttpMethod.GET, stand(hdfDay), IDF, null), HttpStatus.FORBIDDEN);
        assertThat(resourceIds(stand(hdfDay), Tokens.nationalOffice())).containsExactly(own, shared);
    }

    @Test
    void withdrawing_removes_a_resource_from_future_stands_while_past_stands_keep_their_history() {
        String pastDay = scheduledDay("FR-HDF", LocalDate.of(2019, 12, 4));
        String futureDay = scheduledDay("FR-HDF", LATER);
        String resourceId = publish(HDF, "Fiche retirée", "EXPERIENCE_SHEET", "ACCESS_TO_RIGHTS");
        call(HttpMethod.POST, stand(pastDay), HDF, Map.of("resourceId", resourceId));
        call(HttpMethod.POST, stand(futureDay), HDF, Map.of("resourceId", resourceId));
        call(HttpMethod.POST, requests(pastDay, resourceId), HDF, null);

        call(HttpMethod.POST, "/api/resources/" + resourceId + "/withdraw", HDF, null);

        assertThat(list(stand(pastDay), HDF).getBody())
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .containsEntry("resourceId", resourceId)
                        .containsEntry("requests", 1));
        assertThat(list(stand(futureDay), HDF).getBody()).isEmpty();
        assertProblem(call(HttpMethod.POST, requests(futureDay, resourceId), HDF, null), HttpStatus.CONFLICT);
        String nextDay = scheduledDay("FR-HDF", LATER.plusDays(1));
        assertProblem(
                call(HttpMethod.POST, stand(nextDay), HDF, Map.of("resourceId", resourceId)), HttpStatus.CONFLICT);
    }

    @Test
    void bad_stand_input_is_a_400_problem() {
        String dayId = scheduledDay("FR-HDF", LATER);
        String resourceId = publish(HDF, "Boîte à outils", "TOOLKIT", "MEDIATOR_TRAINING");
        call(HttpMethod.POST, stand(dayId), HDF, Map.of("resourceId", resourceId));

        assertProblem(call(HttpMethod.POST, stand(dayId), HDF, Map.of()), HttpStatus.BAD_REQUEST);
        assertProblem(
                call(HttpMethod.POST, requests(dayId, resourceId), HDF, Map.of("registrationId", "nope")),
                HttpStatus.BAD_REQUEST);
        assertProblem(call(HttpMethod.POST, stand(dayId), HDF, Map.of("resourceId", "nope")), HttpStatus.NOT_FOUND);
        assertProblem(call(HttpMethod.GET, stand(dayId) + "?size=101", HDF, null), HttpStatus.BAD_REQUEST);
        assertProblem(
                call(HttpMethod.GET, stand(dayId) + "?page=21474837&size=100", HDF, null), HttpStatus.BAD_REQUEST);
    }

    List<String> resourceIds(String path, String token) {
        return list(path, token).getBody().stream()
                .map(entry -> (String) entry.get("resourceId"))
                .toList();
    }

    static String stand(String dayId) {
        return "/api/regional-days/" + dayId + "/stand";
    }

    static String requests(String dayId, String resourceId) {
        return stand(dayId) + "/" + resourceId + "/requests";
    }
}
