package org.mediation.registration.personaldata;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/** A closed day's fingerprint key goes once the retention period after its date has passed; an open day's stays. */
class FingerprintRetentionTest extends RegistrationServiceTest {

    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    @Autowired
    TestRestTemplate http;

    @Autowired
    FingerprintRetention retention;

    @Autowired
    MongoDatabase registrationDatabase;

    @Test
    void the_key_of_a_closed_past_day_is_deleted_and_an_open_day_keeps_its_own() {
        RegistrationApi api = new RegistrationApi(http);
        String closed = api.scheduleOpenDay(TEAM, "FR-HDF", 5);
        String open = api.scheduleOpenDay(TEAM, "FR-HDF", 5);
        api.registered(TEAM, closed, "ada@example.org");
        api.registered(TEAM, open, "ada@example.org");
        api.call(HttpMethod.POST, RegistrationApi.days(closed, "/close"), TEAM, null);

        retention.deleteExpiredKeys();

        assertThat(key(closed)).as("closed in 2019, 90 days are long past").isFalse();
        assertThat(key(open)).isTrue();
    }

    private boolean key(String dayId) {
        return registrationDatabase
                        .getCollection("personal_data_keys")
                        .find(eq("fingerprint:" + dayId))
                        .first()
                != null;
    }
}
