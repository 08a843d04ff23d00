package org.mediation.registration.regionalday.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.registration.RegistrationApi.assertProblem;
import static org.mediation.registration.RegistrationApi.days;
import static org.mediation.registration.RegistrationApi.participant;
import static org.mediation.registration.RegistrationApi.registration;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who may do what, across two regions: every path of a Hauts-de-France day against the other callers. */
class AuthorisationApiTest extends RegistrationServiceTest {

    private static final String HDF = Tokens.regionalTeam("FR-HDF");
    private static final String IDF = Tokens.regionalTeam("FR-IDF");
    private static final ParameterizedTypeReference<List<Map<String, Object>>> DAYS =
            new ParameterizedTypeReference<>() {};

    @Autowired
    TestRestTemplate http;

    @Test
    void another_regions_team_gets_403_on_every_path() {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 5);
        String id = api.registered(HDF, dayId, "ada@example.org");

        for (Call call : everyPath(dayId, id)) {
            assertProblem(api.call(call.method(), call.path(), IDF, call.body()), HttpStatus.FORBIDDEN);
        }
        assertThat(api.text(days(dayId, "/registrations.csv"), IDF).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertProblem(api.call(HttpMethod.GET, "/api/regional-days?region=FR-HDF", IDF, null), HttpStatus.FORBIDDEN);
    }

    @Test
    void national_office_and_operator_read_days_and_counts_but_no_personal_data() {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 5);
        String id = api.registered(HDF, dayId, "bob@example.org");

        for (String national : List.of(Tokens.nationalOffice(), Tokens.operator())) {
            assertThat(api.call(HttpMethod.GET, days(dayId, ""), national, null).getBody())
                    .containsEntry("confirmed", 1);
            assertThat(api.text("/api/regional-days?region=FR-HDF", national).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            for (Call call : everyPath(dayId, id)) {
                if (!call.path().equals(days(dayId, ""))) {
                    assertProblem(api.call(call.method(), call.path(), national, call.body()), HttpStatus.FORBIDDEN);
                }
            }
            assertThat(api.text(days(dayId, "/registrations.csv"), national).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void the_days_team_lists_its_region_and_exports_the_attendance_list() {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        api.registered(HDF, dayId, "zoe@example.org");
        api.registered(HDF, dayId, "=cmd@example.org");

        ResponseEntity<List<Map<String, Object>>> days =
                http.exchange("/api/regional-days?region=FR-HDF", HttpMethod.GET, new HttpEntity<>(bearer(HDF)), DAYS);
        ResponseEntity<String> csv = api.text(days(dayId, "/registrations.csv"), HDF);

        assertThat(days.getBody()).anySatisfy(day -> assertThat(day).containsEntry("id", dayId));
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,status,checkedIn,category,organisation,firstName,lastName,email");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1))
                .endsWith(",CONFIRMED,false,MEDIATOR,AMS Lens,Zoé,\"Lefèvre, dite \"\"Zo\"\"\",zoe@example.org");
        assertThat(lines.get(2)).contains(",WAITLISTED,").endsWith(",'=cmd@example.org");
    }

    @Test
    void the_api_documents_stay_open() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getBody())
                .contains("/api/regional-days/{dayId}/capacity");
        assertThat(http.getForEntity("/springwolf/docs", String.class).getBody())
                .contains(
                        "registration-events",
                        "registration.WaitlistedParticipantPromoted.v1",
                        "registration.CheckInUndone.v1");
    }

    private static List<Call> everyPath(String dayId, String id) {
        return List.of(
                new Call(HttpMethod.GET, days(dayId, ""), null),
                new Call(HttpMethod.POST, days(dayId, "/open"), null),
                new Call(HttpMethod.POST, days(dayId, "/close"), null),
                new Call(HttpMethod.PUT, days(dayId, "/capacity"), Map.of("capacity", 9)),
                new Call(HttpMethod.POST, days(dayId, "/registrations"), participant("eve@example.org")),
                new Call(HttpMethod.GET, days(dayId, "/registrations"), null),
                new Call(HttpMethod.GET, registration(dayId, id, ""), null),
                new Call(HttpMethod.POST, registration(dayId, id, "/cancel"), null),
                new Call(HttpMethod.POST, registration(dayId, id, "/check-in"), null),
                new Call(HttpMethod.DELETE, registration(dayId, id, "/check-in"), null),
                new Call(HttpMethod.GET, days(dayId, "/registrations?q=ada"), null),
                new Call(HttpMethod.DELETE, registration(dayId, id, "/personal-data"), null));
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    private record Call(HttpMethod method, String path, Object body) {}
}
