package org.mediation.registration.personaldata;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.mediation.registration.RegistrationApi;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * A day's fingerprint key goes once the retention period after its date has passed, whether its registration was
 * closed or never was; a day whose retention runs still keeps its own.
 */
class FingerprintRetentionTest extends RegistrationServiceTest {

    private static final String TEAM = Tokens.regionalTeam("FR-HDF");

    @Autowired
    TestRestTemplate http;

    @Autowired
    FingerprintRetention retention;

    @Autowired
    MongoDatabase registrationDatabase;

    @Test
    void the_key_of_a_past_day_is_deleted_closed_or_not_and_a_day_within_its_retention_keeps_its_own() {
        RegistrationApi api = new RegistrationApi(http);
        String closed = api.scheduleOpenDay(TEAM, "FR-HDF", 5);
        String neverClosed = api.scheduleOpenDay(TEAM, "FR-HDF", 5);
        String coming = comingDay(api);
        api.registered(TEAM, closed, "ada@example.org");
        api.registered(TEAM, neverClosed, "ada@example.org");
        api.registered(TEAM, coming, "ada@example.org");
        api.call(HttpMethod.POST, RegistrationApi.days(closed, "/close"), TEAM, null);

        retention.deleteExpiredKeys();

        assertThat(key(closed)).as("closed in 2019, 90 days are long past").isFalse();
        assertThat(key(neverClosed)).as("still open, but dated 2019").isFalse();
        assertThat(key(coming)).isTrue();
    }

    private static String comingDay(RegistrationApi api) {
        Map<String, Object> day = new HashMap<>(RegistrationApi.day("FR-HDF", 5));
        day.put("date", LocalDate.now().plusDays(30).toString());
        String dayId = (String) api.call(HttpMethod.POST, "/api/regional-days", TEAM, day)
                .getBody()
                .get("id");
        api.call(HttpMethod.POST, RegistrationApi.days(dayId, "/open"), TEAM, null);
        return dayId;
    }

    private boolean key(String dayId) {
        return registrationDatabase
                        .getCollection("personal_data_keys")
                        .find(eq("fingerprint:" + dayId))
                        .first()
                != null;
    }
}
