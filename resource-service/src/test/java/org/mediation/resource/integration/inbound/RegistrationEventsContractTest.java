package org.mediation.resource.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mediation.resource.ResourceServiceTest;
import org.mediation.resource.stand.query.KnownRegionalDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Consumer side of {@code docs/contracts/registration-events}: every published sample goes through the real bound
 * function; the scheduled day becomes this service's copy, the other types are ignored without failing.
 */
class RegistrationEventsContractTest extends ResourceServiceTest {

    static final Path CONTRACTS = Path.of("..", "docs", "contracts", "registration-events");
    static final String SAMPLE_DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";

    @Autowired
    @Qualifier("registrationEvents")
    Consumer<Message<byte[]>> registrationEvents;

    @Autowired
    ObjectMapper json;

    @Test
    void every_registration_sample_is_read_and_the_scheduled_day_is_remembered() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            samples = files.sorted().toList();
        }
        assertThat(samples)
                .extracting(path -> path.getFileName().toString())
                .contains("registration.RegionalDayScheduled.v1.json", "registration.ParticipantRegistered.v1.json");

        for (Path sample : samples) {
            registrationEvents.accept(
                    MessageBuilder.withPayload(Files.readAllBytes(sample)).build());
        }

        assertThat(knownDays.find(SAMPLE_DAY))
                .contains(new KnownRegionalDay(
                        SAMPLE_DAY, "FR-HDF", LocalDate.of(2019, 12, 4), "Journée régionale de la médiation sociale"));
    }

    @Test
    void a_redelivered_event_id_is_applied_once_and_unknown_fields_are_tolerated() throws IOException {
        ObjectNode first = scheduled("00000000-0000-4000-8000-0000000000a1", "day-contract-dedup", "FR-IDF");
        first.put("traceparent", "00-abc-def-01");
        ((ObjectNode) first.get("data")).put("organiser", "a field this service does not know");
        registrationEvents.accept(
                MessageBuilder.withPayload(json.writeValueAsBytes(first)).build());

        ObjectNode sameIdOtherContent =
                scheduled("00000000-0000-4000-8000-0000000000a1", "day-contract-dedup", "FR-NOR");
        registrationEvents.accept(MessageBuilder.withPayload(json.writeValueAsBytes(sameIdOtherContent))
                .build());

        assertThat(knownDays.find("day-contract-dedup"))
                .map(KnownRegionalDay::region)
                .contains("FR-IDF");
    }

    ObjectNode scheduled(String eventId, String dayId, String region) throws IOException {
        ObjectNode event = (ObjectNode) json.readTree(
                CONTRACTS.resolve("registration.RegionalDayScheduled.v1.json").toFile());
        event.put("id", eventId);
        ((ObjectNode) event.get("data")).put("regionalDayId", dayId).put("region", region);
        return event;
    }

    @Test
    void the_type_name_read_is_the_producer_s() throws IOException {
        Path sample = CONTRACTS.resolve(RegionalDayScheduledV1.TYPE + ".json");

        assertThat(new ObjectMapper().readTree(sample.toFile()).path("type").asText())
                .isEqualTo(RegionalDayScheduledV1.TYPE);
    }
}
