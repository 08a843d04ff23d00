package org.mediation.registration.regionalday.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A view that missed an event (its write failed, or was lost, after the event was stored) stays visibly behind; the
 * next event of the day finds it behind, and the view is caught up from the store: the day counts come back to what
 * the store holds, with nobody telling the repair. A day the store itself cannot bring back (an event missing from
 * its history) is given up after a few attempts and reported, not rebuilt every few seconds forever.
 */
class RegionalDayViewRepairTest extends RegistrationServiceTest {

    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    @Autowired
    TestRestTemplate http;

    @Autowired
    RegionalDayViews days;

    @Autowired
    RegistrationViews registrations;

    @Autowired
    MongoTemplate axonMongoTemplate;

    @Autowired
    MeterRegistry meters;

    @Autowired
    RegionalDayViewRepair repair;

    @Test
    void a_day_whose_history_lacks_an_event_is_given_up_and_reported_after_a_few_attempts() {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.scheduleOpenDay(TEAM, "FR-HDF", 10);
        api.registered(TEAM, dayId, "first@example.org");
        api.registered(TEAM, dayId, "second@example.org");
        api.registered(TEAM, dayId, "third@example.org");
        loseTheStoredEvent(dayId, 3);
        days.collection().updateOne(eq(dayId), set("sequence", 2L));

        api.registered(TEAM, dayId, "fourth@example.org");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(http.getForEntity("/actuator/health/viewRepair", String.class)
                                .getBody())
                        .contains("PARKED"));
        assertThat(meters.get("registration.views.unrepairable").gauge().value())
                .isGreaterThanOrEqualTo(1);
        assertThat(repair.repair()).as("a day given up is not tried again").isZero();
        assertThat(days.find(dayId).orElseThrow().sequence()).isEqualTo(2);
    }

    @Test
    void a_view_that_missed_an_event_is_caught_up_from_the_store_once_the_next_event_finds_it_behind() {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.scheduleOpenDay(TEAM, "FR-HDF", 10);
        api.registered(TEAM, dayId, "first@example.org");
        api.registered(TEAM, dayId, "second@example.org");
        String missed = api.registered(TEAM, dayId, "third@example.org");
        forgetTheLastRegistration(dayId, missed);

        api.registered(TEAM, dayId, "fourth@example.org");
        assertThat(days.find(dayId).orElseThrow().confirmed()).isEqualTo(2);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> days.find(dayId).map(RegionalDayView::confirmed).orElse(0) == 4);
        assertThat(registrations.count(dayId, Optional.empty())).isEqualTo(4);
        assertThat(registrations.find(dayId, missed)).isPresent();
    }

    private void loseTheStoredEvent(String dayId, long sequence) {
        axonMongoTemplate
                .eventCollection()
                .deleteOne(and(eq("aggregateIdentifier", dayId), eq("sequenceNumber", sequence)));
    }

    /** What a failed projection of the third registration leaves behind: neither its view nor its count. */
    private void forgetTheLastRegistration(String dayId, String registrationId) {
        registrations.collection().deleteOne(eq(registrationId));
        days.collection().updateOne(eq(dayId), combine(inc("confirmed", -1), inc("sequence", -1)));
    }
}
