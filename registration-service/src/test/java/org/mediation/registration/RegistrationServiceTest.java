package org.mediation.registration;

import org.junit.jupiter.api.Tag;
import org.mediation.local.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the wiring tests: the whole service on the shared Kafka broker and MongoDB server, on a random port, its
 * participant notices sent to {@link TestMailServer}. The outbox's supervision, reconciliation and metrics and the
 * views' repair run every second or two (every 5 to 20 s in service), so the tests that wait for them wait seconds.
 */
@Tag("wiring")
@ActiveProfiles("local")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            RegistrationApplication.CONFIG_NAME,
            "regional-days.outbox.supervision-interval=PT1S",
            "regional-days.outbox.reconciliation-interval=PT2S",
            "regional-days.outbox.metrics-interval=PT1S",
            "regional-days.views.repair-interval=PT1S",
            "regional-days.views.repair-settle=PT1S",
            // the tests that need the reminders call them; none runs on its own (it would read days in the background)
            "regional-days.notices.reminder-first-check=P1D"
        })
public abstract class RegistrationServiceTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
    }
}
