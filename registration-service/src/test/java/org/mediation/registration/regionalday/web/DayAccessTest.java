package org.mediation.registration.regionalday.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mediation.registration.RegistrationApi.assertProblem;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.mediation.registration.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The writes of a day read its region once; an unknown day is looked up at every call. (The participant notices read
 * a day once too, in the background: the test waits for the first.)
 */
class DayAccessTest extends RegistrationServiceTest {

    private static final String HDF = Tokens.regionalTeam("FR-HDF");
    private static final String IDF = Tokens.regionalTeam("FR-IDF");

    @Autowired
    TestRestTemplate http;

    @Autowired
    MeterRegistry meters;

    @Test
    void the_writes_of_a_known_day_do_not_read_it_again() {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.schedulePublicDay(HDF, "FR-HDF", 10, 20);
        api.registered(HDF, dayId, "day-access-first@example.org");
        // The notice of the first registration reads the day once, in the background (the others use that read).
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !TestMailServer.receivedBy("day-access-first@example.org")
                        .isEmpty());
        long before = daysRead();

        api.registered(HDF, dayId, "second@example.org");
        api.registered(HDF, dayId, "third@example.org");
        assertProblem(api.register(IDF, dayId, "other@example.org"), HttpStatus.FORBIDDEN);

        assertThat(daysRead()).isEqualTo(before);
        assertThat(api.day(HDF, dayId)).containsEntry("confirmed", 3);
    }

    @Test
    void an_unknown_day_is_looked_up_at_every_call() {
        RegistrationApi api = new RegistrationApi(http);
        String unknown = UUID.randomUUID().toString();
        long before = daysRead();

        assertProblem(api.register(HDF, unknown, "first@example.org"), HttpStatus.NOT_FOUND);
        assertProblem(api.register(HDF, unknown, "second@example.org"), HttpStatus.NOT_FOUND);

        assertThat(daysRead()).isEqualTo(before + 2);
    }

    /** The {@code find} commands on the day views, as the MongoDB driver's metrics count them. */
    private long daysRead() {
        return meters
                .find("mongodb.driver.commands")
                .tag("command", "find")
                .tag("collection", "regional_days")
                .timers()
                .stream()
                .mapToLong(Timer::count)
                .sum();
    }
}
