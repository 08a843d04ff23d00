package org.mediation.registration.regionalday.web;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.registration.RegistrationApi.days;
import static org.mediation.registration.RegistrationApi.registration;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.mediation.registration.personaldata.PersonalDataCipher;
import org.mediation.registration.regionalday.api.EmailFingerprint;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.api.PersonalDataErased;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.SealedPersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** The right to erasure inside an immutable log: the key goes, the history stays and still replays. */
class PersonalDataErasureTest extends RegistrationServiceTest {

    private static final String HDF = Tokens.regionalTeam("FR-HDF");

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoDatabase registrationDatabase;

    @Autowired
    EventStore eventStore;

    @Autowired
    Cache regionalDayCache;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonalDataCipher cipher;

    RegistrationApi api;
    String dayId;
    String erased;

    @BeforeEach
    void anErasedParticipant() {
        api = new RegistrationApi(http);
        dayId = api.scheduleOpenDay(HDF, "FR-HDF", 1);
        Map<String, Object> person = RegistrationApi.participant("erase.me@example.org");
        person.put("organisation", "Indépendante – Jeanne Dupont");
        erased = (String) api.call(HttpMethod.POST, days(dayId, "/registrations"), HDF, person)
                .getBody()
                .get("id");
        String kept = api.registered(HDF, dayId, "keep.me@example.org");
        api.call(HttpMethod.POST, registration(dayId, erased, "/check-in"), HDF, null);
        assertThat(api.call(HttpMethod.DELETE, registration(dayId, erased, "/personal-data"), HDF, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(kept).isNotNull();
    }

    @Test
    void the_registration_reads_as_erased_everywhere_and_counts_are_unchanged() {
        Map<String, Object> details = api.call(HttpMethod.GET, registration(dayId, erased, ""), HDF, null)
                .getBody();
        String csv = api.text(days(dayId, "/registrations.csv"), HDF).getBody();

        assertThat(details)
                .containsEntry("status", "CONFIRMED")
                .containsEntry("checkedIn", true)
                .containsEntry("personalDataErased", true)
                .containsEntry("firstName", null)
                .containsEntry("lastName", null)
                .containsEntry("email", null)
                .containsEntry("organisation", null);
        assertThat(csv).doesNotContain("erase.me", "Jeanne").contains("keep.me@example.org");
        assertThat(api.day(HDF, dayId))
                .containsEntry("confirmed", 1)
                .containsEntry("waitlisted", 1)
                .containsEntry("checkedIn", 1);
        assertThat(registrationDatabase
                        .getCollection("personal_data_keys")
                        .find(eq(erased))
                        .first())
                .isNull();
    }

    @Test
    void no_name_email_or_organisation_is_stored_in_clear() {
        for (String collection : List.of("domainevents", "registrations", "regional_days")) {
            for (Document document :
                    registrationDatabase.getCollection(collection).find()) {
                assertThat(document.toJson())
                        .doesNotContain("keep.me@example.org", "erase.me", "dite", "AMS Lens", "Jeanne Dupont");
            }
        }
    }

    @Test
    void erasing_twice_is_harmless() {
        assertThat(api.call(HttpMethod.DELETE, registration(dayId, erased, "/personal-data"), HDF, null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(eventsOfDay().stream()
                        .filter(e -> e.getPayloadType().getSimpleName().equals("PersonalDataErased"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void the_aggregate_replayed_from_its_history_forgets_the_erased_email() {
        regionalDayCache.removeAll();

        assertThat(api.register(HDF, dayId, "erase.me@example.org").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(api.register(HDF, dayId, "keep.me@example.org").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void projections_rebuilt_from_the_history_give_the_same_counts_and_no_personal_data() throws Exception {
        Map<String, Object> before = api.day(HDF, dayId);
        registrationDatabase.getCollection("regional_days").deleteOne(eq(dayId));
        registrationDatabase.getCollection("registrations").deleteMany(eq("dayId", dayId));

        var projections = List.of(
                new AnnotationEventHandlerAdapter(context.getBean("regionalDayProjection")),
                new AnnotationEventHandlerAdapter(context.getBean("registrationProjection")));
        for (EventMessage<?> event : eventsOfDay()) {
            for (var projection : projections) {
                projection.handle(event);
            }
        }

        assertThat(api.day(HDF, dayId)).isEqualTo(before);
        assertThat(api.call(HttpMethod.GET, registration(dayId, erased, ""), HDF, null)
                        .getBody())
                .containsEntry("personalDataErased", true)
                .containsEntry("email", null);
    }

    /** Recorded before the organisation was sealed: in clear in its event, shown until erasure, then gone. */
    @Test
    void an_organisation_recorded_in_clear_reads_until_erasure_and_never_after() throws Exception {
        String legacy = UUID.randomUUID().toString();
        SealedPersonalData sealed = cipher.seal(legacy, new PersonalData("Old", "Shape", "old@example.org", "-"));
        var registrations = new AnnotationEventHandlerAdapter(context.getBean("registrationProjection"));
        registrations.handle(new GenericDomainEventMessage<>(
                "RegionalDay",
                dayId,
                100,
                new ParticipantRegistered(
                        dayId,
                        legacy,
                        RegistrationStatus.CONFIRMED,
                        new SealedPersonalData(sealed.firstName(), sealed.lastName(), sealed.email(), null),
                        new EmailFingerprint("old"),
                        ParticipantCategory.MEDIATOR,
                        "Indépendante – Jeanne Dupont")));

        Map<String, Object> before = api.call(HttpMethod.GET, registration(dayId, legacy, ""), HDF, null)
                .getBody();
        cipher.shred(legacy);
        registrations.handle(
                new GenericDomainEventMessage<>("RegionalDay", dayId, 101, new PersonalDataErased(dayId, legacy)));

        assertThat(before)
                .containsEntry("organisation", "Indépendante – Jeanne Dupont")
                .containsEntry("firstName", "Old");
        assertThat(api.call(HttpMethod.GET, registration(dayId, legacy, ""), HDF, null)
                        .getBody())
                .containsEntry("personalDataErased", true)
                .containsEntry("organisation", null);
    }

    private List<? extends EventMessage<?>> eventsOfDay() {
        return eventStore.readEvents(dayId).asStream().toList();
    }
}
