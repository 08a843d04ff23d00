package org.mediation.resource.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mediation.resource.ResourceServiceTest;
import org.mediation.resource.catalogue.query.KnownThemes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Consumer side of {@code docs/contracts/workshop-events}: every published sample goes through the real bound
 * function; the catalogue's theme is learnt (and stays once retired), the workshops' own events are ignored without
 * failing.
 */
class WorkshopEventsContractTest extends ResourceServiceTest {

    static final Path CONTRACTS = Path.of("..", "docs", "contracts", "workshop-events");

    @Autowired
    KnownThemes themes;

    @Test
    void every_workshop_sample_is_read_and_the_catalogues_theme_is_learnt() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            samples = files.sorted().toList();
        }
        assertThat(samples)
                .extracting(path -> path.getFileName().toString())
                .contains("workshop.ThemeAdded.v1.json", "workshop.ThemeRetired.v1.json");

        for (Path sample : samples) {
            workshopEvents.accept(MessageBuilder.withPayload((Object) List.of(Files.readAllBytes(sample)))
                    .build());
        }

        assertThat(themes.knows("YOUTH_AND_SCHOOLS")).isTrue();
    }
}
