package org.mediation.registration.regionalday.command;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.platform.axon.IndexedEventStorageStrategy;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Two instances of registration-service share one event store: when the other one appended to a day after this one
 * cached it, this one's append conflicts ({@code ConcurrencyException}) and the command runs again on the day as
 * stored; the participant is registered (201), not refused.
 */
class AnotherInstanceTest extends RegistrationServiceTest {

    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate axonMongoTemplate;

    @Autowired
    IndexedEventStorageStrategy eventStorageStrategy;

    @Test
    void a_command_on_a_day_another_instance_changed_meanwhile_runs_again_and_succeeds() {
        RegistrationApi api = new RegistrationApi(http);
        String dayId = api.scheduleOpenDay(TEAM, "FR-HDF", 10);
        api.registered(TEAM, dayId, "cached@example.org");
        appendAsAnotherInstance(dayId);

        var registered = api.register(TEAM, dayId, "after-the-other@example.org");

        assertThat(registered.getStatusCode()).as("%s", registered.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(axonMongoTemplate.eventCollection().countDocuments(eq("aggregateIdentifier", dayId)))
                .isEqualTo(5);
    }

    /** What the other instance's append leaves: the day's last event once more, at the next sequence number. */
    private void appendAsAnotherInstance(String dayId) {
        Document last = axonMongoTemplate
                .eventCollection()
                .find(eq("aggregateIdentifier", dayId))
                .sort(new Document("sequenceNumber", -1))
                .first();
        Document next = new Document(last);
        next.remove("_id");
        next.put("eventIdentifier", UUID.randomUUID().toString());
        next.put("sequenceNumber", last.getLong("sequenceNumber") + 1);
        next.put("timestamp", formatInstant(Instant.now()));
        eventStorageStrategy.appendDocuments(axonMongoTemplate.eventCollection(), List.of(next));
    }
}
