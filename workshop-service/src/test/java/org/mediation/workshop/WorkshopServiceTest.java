package org.mediation.workshop;

import org.junit.jupiter.api.Tag;
import org.mediation.local.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the wiring tests: the whole service on the shared Kafka broker and MongoDB server, on a random port. */
@Tag("wiring")
@ActiveProfiles("local")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = WorkshopApplication.CONFIG_NAME)
public abstract class WorkshopServiceTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }
}
