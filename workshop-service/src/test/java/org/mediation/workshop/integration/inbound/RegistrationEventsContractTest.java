package org.mediation.workshop.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mediation.platform.inbox.RejectedEvent;
import org.mediation.workshop.RegistrationSamples;
import org.mediation.workshop.WorkshopServiceTest;
import org.mediation.workshop.regionalday.query.RegionalDayCopy;
import org.mediation.workshop.workshop.api.EnrolParticipant;
import org.mediation.workshop.workshop.api.PlanWorkshop;
import org.mediation.workshop.workshop.query.WorkshopViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Consumer side of the contract: the CloudEvents registration-service publishes ({@code
 * docs/contracts/registration-events/}), pushed as they are through the real inbound handler, build this service's copy
 * of regional days and confirmed registrations.
 */
class RegistrationEventsContractTest extends WorkshopServiceTest {

    static final String DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";
    static final String REGISTRATION = "9b2e6f1a-7c3d-4e5f-8a9b-0c1d2e3f4a5b";

    /** The consumer as the binder invokes it: looked up by its binding's function name, given a batch of one record. */
    @Autowired
    FunctionCatalog functions;

    @Autowired
    RegionalDayCopy copy;

    @Autowired
    CommandGateway commands;

    @Autowired
    WorkshopViews views;

    @Autowired
    MongoDatabase workshopDatabase;

    @Test
    void the_published_samples_build_the_copy_of_days_and_confirmed_registrations() throws IOException {
        push(sample("RegionalDayScheduled"));
        assertThat(copy.regionOf(DAY)).contains("FR-HDF");
        assertThat(copy.dateOf(DAY)).contains(LocalDate.of(2019, 12, 4));
        assertThat(copy.venueOf(DAY)).contains("Liévin");

        push(sample("ParticipantRegistered"));
        assertThat(copy.isConfirmedFor(DAY, REGISTRATION)).isTrue();
        assertThat(copy.isConfirmedFor("another-day", REGISTRATION)).isFalse();

        String workshopId = UUID.randomUUID().toString();
        commands.sendAndWait(new PlanWorkshop(workshopId, DAY, "ACCESS_TO_RIGHTS", "Accès aux droits", 10));
        commands.sendAndWait(new EnrolParticipant(workshopId, REGISTRATION));
        assertThat(views.find(workshopId).orElseThrow().enrolled()).isEqualTo(1);

        push(sample("RegistrationCancelled"));
        assertThat(copy.isConfirmedFor(DAY, REGISTRATION)).isFalse();
        assertThat(views.find(workshopId).orElseThrow().enrolled()).isZero();

        push(sample("WaitlistedParticipantPromoted"));
        assertThat(copy.isConfirmedFor(DAY, REGISTRATION)).isTrue();

        push(sample("RegistrationCancelled"));
        assertThat(copy.isConfirmedFor(DAY, REGISTRATION))
                .as("a redelivered CloudEvent (same id) is applied once")
                .isTrue();
    }

    @Test
    void an_erasure_drops_the_link_to_the_registration_and_keeps_the_counts() {
        String day = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        push(RegistrationSamples.about("RegionalDayScheduled", day, registration, "FR-OCC"));
        push(RegistrationSamples.about("WaitlistedParticipantPromoted", day, registration, null));
        String workshopId = UUID.randomUUID().toString();
        commands.sendAndWait(new PlanWorkshop(workshopId, day, "ACCESS_TO_RIGHTS", "Accès aux droits", 10));
        commands.sendAndWait(new EnrolParticipant(workshopId, registration));

        push(RegistrationSamples.about("PersonalDataErased", day, registration, null));

        assertThat(copy.isConfirmedFor(day, registration)).isFalse();
        assertThat(views.find(workshopId).orElseThrow().enrolled()).isEqualTo(1);
    }

    @Test
    void a_waitlisted_registration_is_not_confirmed_until_promoted() {
        String day = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        push(RegistrationSamples.about("RegionalDayScheduled", day, registration, "FR-IDF"));
        ObjectNode waitlisted = (ObjectNode) RegistrationSamples.sample("ParticipantRegistered");
        waitlisted.put("id", UUID.randomUUID().toString());
        ((ObjectNode) waitlisted.get("data"))
                .put("regionalDayId", day)
                .put("registrationId", registration)
                .put("status", "WAITLISTED");
        push(waitlisted.toString());
        assertThat(copy.regionOf(day)).contains("FR-IDF");
        assertThat(copy.isConfirmedFor(day, registration)).isFalse();

        push(RegistrationSamples.about("WaitlistedParticipantPromoted", day, registration, null));

        assertThat(copy.isConfirmedFor(day, registration)).isTrue();
    }

    @Test
    void every_registration_sample_is_read_without_harm() throws IOException {
        String day = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        try (Stream<Path> files = Files.list(RegistrationSamples.CONTRACTS)) {
            files.map(file -> file.getFileName().toString().replaceAll("^registration\\.|\\.json$", ""))
                    .sorted()
                    .forEach(type -> push(RegistrationSamples.about(type, day, registration, "FR-NOR")));
        }
        assertThat(copy.regionOf(day)).contains("FR-NOR");
        assertThat(copy.isConfirmedFor(day, registration))
                .as("PersonalDataErased comes before WaitlistedParticipantPromoted in name order: erased stays erased")
                .isFalse();
    }

    @Test
    void participant_registered_v2_confirms_as_v1_does() {
        String day = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        push(RegistrationSamples.about("RegionalDayScheduled", day, registration, "FR-BRE"));

        push(RegistrationSamples.about("ParticipantRegistered.v2", day, registration, null));

        assertThat(copy.isConfirmedFor(day, registration)).isTrue();
    }

    @Test
    void a_re_driven_event_recorded_before_an_erasure_does_not_bring_the_registration_back() {
        String day = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        push(RegistrationSamples.about("RegionalDayScheduled", day, registration, "FR-OCC"));
        String deadLettered = RegistrationSamples.about("ParticipantRegistered.v2", day, registration, null);
        push(RegistrationSamples.about("WaitlistedParticipantPromoted", day, registration, null));
        String workshopId = UUID.randomUUID().toString();
        commands.sendAndWait(new PlanWorkshop(workshopId, day, "ACCESS_TO_RIGHTS", "Accès aux droits", 10));
        commands.sendAndWait(new EnrolParticipant(workshopId, registration));
        push(RegistrationSamples.about("PersonalDataErased", day, registration, null));

        push(deadLettered);
        push(RegistrationSamples.about("ParticipantRegistered", day, registration, null));
        push(RegistrationSamples.about("WaitlistedParticipantPromoted", day, registration, null));
        push(RegistrationSamples.about("RegistrationCancelled", day, registration, null));

        assertThat(copy.isConfirmedFor(day, registration)).isFalse();
        assertThat(workshopDatabase
                        .getCollection("registrations")
                        .find(new Document("_id", registration))
                        .first())
                .as("a tombstone: the id and nothing else")
                .isEqualTo(new Document("_id", registration).append("erased", true));
        assertThat(views.find(workshopId).orElseThrow().enrolled()).isEqualTo(1);
    }

    @Test
    void a_regional_day_whose_region_would_change_is_rejected_and_keeps_its_region() {
        String day = UUID.randomUUID().toString();
        push(RegistrationSamples.about("RegionalDayScheduled", day, null, "FR-HDF"));
        push(RegistrationSamples.about("RegionalDayScheduled", day, null, "FR-HDF"));

        assertThatThrownBy(() -> push(RegistrationSamples.about("RegionalDayScheduled", day, null, "FR-IDF")))
                .as("dead-lettered at once by the binder, with the reason")
                .hasRootCauseInstanceOf(RejectedEvent.class)
                .rootCause()
                .hasMessageContaining("is in FR-HDF")
                .hasMessageContaining("FR-IDF");
        assertThat(copy.regionOf(day)).contains("FR-HDF");
    }

    static String sample(String type) {
        return RegistrationSamples.sample(type).toString();
    }

    void push(String cloudEvent) {
        FunctionInvocationWrapper registrationEvents = functions.lookup("registrationEvents");
        registrationEvents.apply(MessageBuilder.withPayload(List.of(cloudEvent.getBytes(StandardCharsets.UTF_8)))
                .build());
    }

    @Test
    void the_type_names_read_are_the_producer_s() throws IOException {
        for (String type : List.of(
                RegionalDayScheduledData.TYPE,
                RegistrationData.REGISTERED,
                RegistrationData.REGISTERED_V2,
                RegistrationData.PROMOTED,
                RegistrationData.CANCELLED,
                RegistrationData.ERASED)) {
            Path sample = RegistrationSamples.CONTRACTS.resolve(type + ".json");
            assertThat(new ObjectMapper().readTree(sample.toFile()).path("type").asText())
                    .isEqualTo(type);
        }
    }
}
