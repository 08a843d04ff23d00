package org.mediation.registration.regionalday.web;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Every read that opens personal data (the list asked with it, one registration, the attendance CSV) and every
 * erasure leave entries in the audit log that operators verify: who, which day, how many; a list without personal
 * data leaves none.
 */
class PersonalDataAuditTest extends RegistrationServiceTest {

    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    @Autowired
    TestRestTemplate http;

    @Test
    void every_read_of_personal_data_and_an_erasure_are_audited_by_whom_on_which_day_and_how_many() {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.scheduleOpenDay(TEAM, "FR-HDF", 5);
        String id = api.registered(TEAM, dayId, "ada@example.org");
        api.registered(TEAM, dayId, "bob@example.org");

        api.call(HttpMethod.GET, RegistrationApi.days(dayId, "/registrations"), TEAM, null);
        api.call(HttpMethod.GET, RegistrationApi.days(dayId, "/registrations?personalData=true"), TEAM, null);
        api.call(HttpMethod.GET, RegistrationApi.registration(dayId, id, ""), TEAM, null);
        assertThat(api.text(RegistrationApi.days(dayId, "/registrations.csv"), TEAM)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        api.call(HttpMethod.DELETE, RegistrationApi.registration(dayId, id, "/personal-data"), TEAM, null);

        List<Map<String, Object>> entries =
                operator("/api/operations/audit-log", new ParameterizedTypeReference<>() {});
        assertThat(entries)
                .filteredOn(entry -> dayId.equals(((Map<?, ?>) entry.get("details")).get("regionalDayId")))
                .extracting(entry -> entry.get("action") + " by " + entry.get("actor") + ", rows "
                        + ((Map<?, ?>) entry.get("details")).get("rows"))
                .containsExactly(
                        "registrations.listed by team-fr-hdf, rows 2",
                        "registration.read by team-fr-hdf, rows 1",
                        "attendance.exported by team-fr-hdf, rows 2",
                        "personal-data.erased by team-fr-hdf, rows null");
        Map<String, Object> verdict =
                operator("/api/operations/audit-log/verify", new ParameterizedTypeReference<>() {});
        assertThat(verdict).containsEntry("valid", true);
        assertThat(api.text("/api/operations/audit-log", TEAM).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private <T> T operator(String path, ParameterizedTypeReference<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(Tokens.operator());
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type)
                .getBody();
    }
}
