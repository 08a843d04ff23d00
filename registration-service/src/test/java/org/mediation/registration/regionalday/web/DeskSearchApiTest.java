package org.mediation.registration.regionalday.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.registration.RegistrationApi.assertProblem;
import static org.mediation.registration.RegistrationApi.days;
import static org.mediation.registration.RegistrationApi.registration;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.mediation.registration.regionalday.api.PersonalDataErased;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The welcome desk finds a person as it types: {@code GET …/registrations?q=}. */
class DeskSearchApiTest extends RegistrationServiceTest {

    private static final String HDF = Tokens.regionalTeam("FR-HDF");

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoDatabase registrationDatabase;

    @Autowired
    EventStorageEngine store;

    RegistrationApi api;
    String dayId;
    String helene;
    String heloise;
    String jean;
    String zoe;

    @BeforeEach
    void aDayAtTheDesk() {
        api = new RegistrationApi(http);
        dayId = api.scheduleOpenDay(HDF, "FR-HDF", 10);
        helene = register("Hélène", "Dupont", "h.dupont@example.org");
        heloise = register("Héloïse", "Durand", "heloise@example.org");
        jean = register("Jean", "Dupuis", "jd@mairie-lens.fr");
        zoe = register("Zoé", "Lefèvre", "zoe@example.org");
    }

    @Test
    void names_match_whatever_their_case_and_accents_ordered_by_last_then_first_name() {
        assertThat(found("helene")).containsExactly(helene);
        assertThat(found("DUP")).containsExactly(helene, jean);
        assertThat(found("Hél")).containsExactly(helene, heloise);
        assertThat(found("LEFÈVRE")).containsExactly(zoe);
        assertThat(found("zoé")).containsExactly(zoe);
        assertThat(found("nobody")).isEmpty();
    }

    @Test
    void an_email_matches_too() {
        assertThat(found("mairie-lens")).containsExactly(jean);
        assertThat(found("@example.org")).containsExactly(helene, heloise, zoe);
    }

    /** The desk must see whom it found: the entries of the list asked with personal data, and the read audited. */
    @Test
    void the_answer_is_a_page_of_the_list_with_names_and_is_audited_without_what_was_typed() {
        Map<String, Object> page = search("dupont").getBody();

        assertThat(page).containsEntry("total", 1).containsEntry("page", 0).containsEntry("size", 20);
        assertThat(items(page).get(0))
                .containsEntry("id", helene)
                .containsEntry("status", "CONFIRMED")
                .containsEntry("checkedIn", false)
                .containsEntry("category", "MEDIATOR")
                .containsEntry("organisation", "AMS Lens")
                .containsEntry("firstName", "Hélène")
                .containsEntry("lastName", "Dupont")
                .containsEntry("email", "h.dupont@example.org")
                .containsEntry("personalDataErased", false);
        assertThat(lastAuditEntry()).contains("registrations.searched", dayId).doesNotContain("dupont");
    }

    @Test
    void a_search_after_a_check_in_shows_it() {
        api.call(HttpMethod.POST, registration(dayId, jean, "/check-in"), HDF, null);

        assertThat(items(search("jean").getBody()).get(0)).containsEntry("checkedIn", true);
    }

    @Test
    void a_registration_made_after_the_first_search_is_found() {
        assertThat(found("dup")).containsExactly(helene, jean);

        String elodie = register("Élodie", "Duprat", "elodie@example.org");

        assertThat(found("dup")).containsExactly(helene, elodie, jean);
    }

    @Test
    void an_erased_participant_is_never_found() {
        assertThat(found("helo")).containsExactly(heloise);

        assertThat(api.call(HttpMethod.DELETE, registration(dayId, heloise, "/personal-data"), HDF, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(found("helo")).isEmpty();
        assertThat(found("durand")).isEmpty();
        assertThat(found("heloise@example")).isEmpty();
        assertThat(search("@example.org").getBody()).containsEntry("total", 2);
    }

    /** Another instance erased the person: its event, read from the store at the next search, removes them. */
    @Test
    void an_erasure_recorded_by_another_instance_applies_at_the_next_search() {
        assertThat(found("lefevre")).containsExactly(zoe);
        long last = store.lastSequenceNumberFor(dayId).orElseThrow();

        store.appendEvents(
                new GenericDomainEventMessage<>("RegionalDay", dayId, last + 1, new PersonalDataErased(dayId, zoe)));

        assertThat(search("lefevre").getBody()).containsEntry("total", 0);
    }

    @Test
    void fewer_than_two_characters_is_a_400_problem() {
        assertProblem(search("h"), HttpStatus.BAD_REQUEST);
        assertProblem(search("  é "), HttpStatus.BAD_REQUEST);
        assertProblem(search("x".repeat(255)), HttpStatus.BAD_REQUEST);
    }

    @Test
    void another_regions_team_is_403_and_an_unknown_day_404() {
        assertProblem(
                api.call(HttpMethod.GET, days(dayId, "/registrations?q=dupont"), Tokens.regionalTeam("FR-IDF"), null),
                HttpStatus.FORBIDDEN);
        assertProblem(
                api.call(HttpMethod.GET, days("no-such-day", "/registrations?q=dupont"), HDF, null),
                HttpStatus.NOT_FOUND);
    }

    private String register(String firstName, String lastName, String email) {
        Map<String, Object> person = RegistrationApi.participant(email);
        person.put("firstName", firstName);
        person.put("lastName", lastName);
        ResponseEntity<Map<String, Object>> created =
                api.call(HttpMethod.POST, days(dayId, "/registrations"), HDF, person);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("id");
    }

    private List<String> found(String text) {
        ResponseEntity<Map<String, Object>> answer = search(text);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return items(answer.getBody()).stream()
                .map(item -> (String) item.get("id"))
                .toList();
    }

    /** The text as typed: the client encodes what a URL cannot hold as it is (accents, spaces). */
    private ResponseEntity<Map<String, Object>> search(String text) {
        return api.call(HttpMethod.GET, days(dayId, "/registrations?q=" + text), HDF, null);
    }

    private String lastAuditEntry() {
        Document last = registrationDatabase
                .getCollection("audit_log")
                .find()
                .sort(Sorts.descending("_id"))
                .first();
        return last.toJson();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
