package org.mediation.resource.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.mediation.platform.inbox.RejectedEvent;
import org.mediation.resource.ResourceServiceTest;
import org.mediation.resource.stand.query.KnownRegionalDay;
import org.mediation.resource.stand.query.KnownRegistration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Consumer side of {@code docs/contracts/registration-events}: every published sample goes through the real bound
 * function; the scheduled day becomes this service's copy, registrations (v1 and v2) become known and are forgotten
 * on cancellation or erasure, the other types are ignored without failing.
 */
class RegistrationEventsContractTest extends ResourceServiceTest {

    static final Path CONTRACTS = Path.of("..", "docs", "contracts", "registration-events");
    static final String SAMPLE_DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";
    static final String SAMPLE_REGISTRATION = "9b2e6f1a-7c3d-4e5f-8a9b-0c1d2e3f4a5b";

    @Autowired
    @Qualifier("registrationEvents")
    Consumer<Message<Object>> registrationEvents;

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
                .contains(
                        "registration.RegionalDayScheduled.v1.json",
                        "registration.ParticipantRegistered.v1.json",
                        "registration.ParticipantRegistered.v2.json",
                        "registration.RegistrationCancelled.v1.json",
                        "registration.PersonalDataErased.v1.json");

        for (Path sample : samples) {
            push(Files.readAllBytes(sample));
        }

        assertThat(knownDays.find(SAMPLE_DAY))
                .contains(new KnownRegionalDay(
                        SAMPLE_DAY, "FR-HDF", LocalDate.of(2019, 12, 4), "Journée régionale de la médiation sociale"));
        assertThat(knownRegistrations.ofDay(SAMPLE_REGISTRATION, SAMPLE_DAY))
                .contains(new KnownRegistration(SAMPLE_REGISTRATION, SAMPLE_DAY, false));
    }

    @Test
    void a_v2_registration_is_known_as_a_v1_one_is() throws IOException {
        for (String version : List.of("v1", "v2")) {
            ObjectNode event = (ObjectNode) json.readTree(CONTRACTS
                    .resolve("registration.ParticipantRegistered." + version + ".json")
                    .toFile());
            event.put("id", "00000000-0000-4000-8000-0000000000b" + version.charAt(1));
            ((ObjectNode) event.get("data")).put("registrationId", "registration-contract-" + version);
            push(json.writeValueAsBytes(event));

            assertThat(knownRegistrations.ofDay("registration-contract-" + version, SAMPLE_DAY))
                    .contains(new KnownRegistration("registration-contract-" + version, SAMPLE_DAY, true));
        }
    }

    @Test
    void a_known_day_never_moves_to_another_region_the_event_is_rejected() throws IOException {
        push(json.writeValueAsBytes(scheduled("00000000-0000-4000-8000-0000000000c1", "day-moved", "FR-IDF")));
        byte[] moved = json.writeValueAsBytes(scheduled("00000000-0000-4000-8000-0000000000c2", "day-moved", "FR-NOR"));

        assertThatThrownBy(() -> push(moved))
                .rootCause()
                .isInstanceOf(RejectedEvent.class)
                .hasMessageContaining("FR-IDF")
                .hasMessageContaining("FR-NOR");
        assertThat(knownDays.find("day-moved")).map(KnownRegionalDay::region).contains("FR-IDF");
    }

    @Test
    void a_redelivered_event_id_is_applied_once_and_unknown_fields_are_tolerated() throws IOException {
        ObjectNode first = scheduled("00000000-0000-4000-8000-0000000000a1", "day-contract-dedup", "FR-IDF");
        first.put("traceparent", "00-abc-def-01");
        ((ObjectNode) first.get("data")).put("organiser", "a field this service does not know");
        push(json.writeValueAsBytes(first));

        ObjectNode sameIdOtherContent =
                scheduled("00000000-0000-4000-8000-0000000000a1", "day-contract-dedup", "FR-NOR");
        push(json.writeValueAsBytes(sameIdOtherContent));

        assertThat(knownDays.find("day-contract-dedup"))
                .map(KnownRegionalDay::region)
                .contains("FR-IDF");
    }

    /** A batch of one record, as the binder hands it to the consumer in batch mode. */
    void push(byte[] record) {
        registrationEvents.accept(
                MessageBuilder.withPayload((Object) List.of(record)).build());
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
