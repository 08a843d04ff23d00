package org.mediation.registration.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mediation.registration.RegistrationServiceTest;
import org.mediation.registration.programme.DayProgrammes;
import org.mediation.registration.programme.ProgrammeEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;

/**
 * Consumer side of {@code docs/contracts/workshop-events}: every published sample goes through the real bound
 * function; the planned and scheduled workshop becomes this service's programme entry, the other types are ignored
 * without failing, and a planned workshop without its day is refused (dead-lettered).
 */
class WorkshopEventsContractTest extends RegistrationServiceTest {

    static final String SAMPLE_DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";
    static final String SAMPLE_WORKSHOP = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";

    @Autowired
    @Qualifier("workshopEvents")
    Consumer<Message<Object>> workshopEvents;

    @Autowired
    ObjectMapper json;

    @Autowired
    DayProgrammes programmes;

    @Test
    void every_workshop_sample_is_read_and_the_scheduled_workshop_enters_the_programme() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(WorkshopEvents.CONTRACTS)) {
            samples = files.sorted().toList();
        }
        WorkshopEvents events = new WorkshopEvents(workshopEvents, json);

        for (Path sample : samples) {
            events.push(Files.readAllBytes(sample));
        }

        assertThat(programmes.of(SAMPLE_DAY))
                .containsExactly(new ProgrammeEntry(
                        SAMPLE_WORKSHOP,
                        SAMPLE_DAY,
                        "Accès aux droits et illectronisme",
                        LocalDateTime.of(2019, 12, 4, 14, 0),
                        LocalDateTime.of(2019, 12, 4, 15, 30),
                        "Salle Jean Moulin"));
    }

    @Test
    void a_planned_workshop_without_its_day_is_refused() throws IOException {
        String broken = Files.readString(WorkshopEvents.CONTRACTS.resolve("workshop.WorkshopPlanned.v1.json"))
                .replace("\"regionalDayId\"", "\"dayId\"")
                .replace("00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-0000000000f1");
        WorkshopEvents events = new WorkshopEvents(workshopEvents, json);

        assertThatThrownBy(() -> events.push(broken.getBytes())).isInstanceOf(RuntimeException.class);
    }
}
