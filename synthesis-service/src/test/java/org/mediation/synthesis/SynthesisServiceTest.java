package org.mediation.synthesis;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.mediation.local.TestInfrastructure;
import org.mediation.synthesis.catalogue.SeedThemes;
import org.mediation.synthesis.catalogue.ThemeCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the wiring tests: the whole service on the shared Kafka broker and MongoDB server, on a random port. It
 * checkpoints its history every 5 events (every 2,000 in service), so every point-in-time answer of the tests is
 * folded on from checkpoints. Its connections' send buffers are small and a national stream is dropped after 2 s of a
 * client not reading (10 s in service), so a client that never reads is found within seconds. The seed's themes are
 * in its theme catalogue before a test starts.
 */
@Tag("wiring")
@ActiveProfiles("local")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            SynthesisApplication.CONFIG_NAME,
            "synthesis.point-in-time.checkpoint-every=5",
            "synthesis.point-in-time.checkpoint-interval=200ms",
            "synthesis.point-in-time.checkpoint-settle=1s",
            "synthesis.stream.socket-send-buffer=16KB",
            "synthesis.stream.drop-after=2s"
        })
public abstract class SynthesisServiceTest {

    private static boolean themesPublished;

    @Autowired
    private ThemeCatalogue themeCatalogue;

    /** The seed's themes are on workshop-events once per run, as workshop-service puts them there when it starts. */
    @BeforeEach
    void theSeedThemes() {
        synchronized (SynthesisServiceTest.class) {
            if (!themesPublished) {
                try (Publisher publisher = new Publisher()) {
                    publisher.publishSeedThemes();
                }
                themesPublished = true;
            }
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> themeCatalogue.current().codes().containsAll(SeedThemes.CODES));
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }
}
