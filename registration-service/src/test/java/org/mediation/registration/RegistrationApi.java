package org.mediation.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The registration service's HTTP API as the tests drive it. */
public record RegistrationApi(TestRestTemplate http) {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};

    public String scheduleOpenDay(String token, String region, int capacity) {
        ResponseEntity<Map<String, Object>> created =
                call(HttpMethod.POST, "/api/regional-days", token, day(region, capacity));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String dayId = (String) created.getBody().get("id");
        assertThat(call(HttpMethod.POST, days(dayId, "/open"), token, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return dayId;
    }

    /**
     * A day {@code daysAhead} days from today (Europe/Paris) whose registration and public page are open, the page until
     * the day.
     */
    public String schedulePublicDay(String token, String region, int capacity, int daysAhead) {
        Map<String, Object> day = new HashMap<>(day(region, capacity));
        day.put(
                "date",
                LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(daysAhead).toString());
        ResponseEntity<Map<String, Object>> created = call(HttpMethod.POST, "/api/regional-days", token, day);
        String dayId = (String) created.getBody().get("id");
        assertThat(call(HttpMethod.POST, days(dayId, "/open"), token, null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(call(HttpMethod.POST, days(dayId, "/self-registration/open"), token, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return dayId;
    }

    /** A submission of the public page from {@code address} (as a reverse proxy on this host names it). */
    public ResponseEntity<Map<String, Object>> registerThemselves(String dayId, String address, Object form) {
        HttpHeaders headers = headers(null);
        headers.set("X-Forwarded-For", address);
        return http.exchange(
                "/api/public/regional-days/" + dayId + "/registrations",
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                MAP);
    }

    /** The public page's form, filled in by a person who accepts the privacy notice. */
    public static Map<String, Object> form(String email) {
        Map<String, Object> form = participant(email);
        form.put("consent", true);
        return form;
    }

    public ResponseEntity<Map<String, Object>> register(String token, String dayId, String email) {
        return call(HttpMethod.POST, days(dayId, "/registrations"), token, participant(email));
    }

    public String registered(String token, String dayId, String email) {
        ResponseEntity<Map<String, Object>> response = register(token, dayId, email);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("id");
    }

    public Map<String, Object> day(String token, String dayId) {
        return call(HttpMethod.GET, days(dayId, ""), token, null).getBody();
    }

    public ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, String token, Object body) {
        return http.exchange(path, method, new HttpEntity<>(body, headers(token)), MAP);
    }

    public ResponseEntity<String> text(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), String.class);
    }

    public static String days(String dayId, String rest) {
        return "/api/regional-days/" + dayId + rest;
    }

    public static String registration(String dayId, String registrationId, String rest) {
        return days(dayId, "/registrations/" + registrationId + rest);
    }

    public static Map<String, Object> day(String region, int capacity) {
        return Map.of(
                "region",
                region,
                "title",
                "Journée régionale",
                "date",
                "2019-12-04",
                "venue",
                "Liévin",
                "capacity",
                capacity);
    }

    public static Map<String, Object> participant(String email) {
        return new HashMap<>(Map.of(
                "firstName",
                "Zoé",
                "lastName",
                "Lefèvre, dite \"Zo\"",
                "email",
                email,
                "category",
                "MEDIATOR",
                "organisation",
                "AMS Lens"));
    }

    public static void assertProblem(ResponseEntity<Map<String, Object>> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("status", status.value());
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }
}
