package org.mediation.registration.regionalday.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A view that missed an event (its write failed, or was lost, after the event was stored) stays visibly behind; the
 * next event of the day finds it behind, and the view is rebuilt from the store: the day counts come back to what the
 * store holds, with nobody telling the repair.
 */
class RegionalDayViewRepairTest extends RegistrationServiceTest {

    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    @Autowired
    TestRestTemplate http;

    @Autowired
    RegionalDayViews days;

    @Autowired
    RegistrationViews registrations;

    @Test
    void a_view_that_missed_an_event_is_rebuilt_from_the_store_once_the_next_event_finds_it_behind() {
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

    /** What a failed projection of the third registration leaves behind: neither its view nor its count. */
    private void forgetTheLastRegistration(String dayId, String registrationId) {
        registrations.collection().deleteOne(eq(registrationId));
        days.collection().updateOne(eq(dayId), combine(inc("confirmed", -1), inc("sequence", -1)));
    }
}
