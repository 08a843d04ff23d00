package org.mediation.registration.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mediation.platform.cloudevents.CloudEventWriter;
import org.mediation.platform.cloudevents.OutgoingCloudEvent;
import org.mediation.platform.outbox.PublishedEvent;
import org.mediation.registration.regionalday.api.CapacityChanged;
import org.mediation.registration.regionalday.api.CheckInUndone;
import org.mediation.registration.regionalday.api.EmailFingerprint;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.ParticipantCheckedIn;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.ParticipantWaitlisted;
import org.mediation.registration.regionalday.api.PersonalDataErased;
import org.mediation.registration.regionalday.api.RegionalDayScheduled;
import org.mediation.registration.regionalday.api.RegistrationCancelled;
import org.mediation.registration.regionalday.api.RegistrationClosed;
import org.mediation.registration.regionalday.api.RegistrationOpened;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.SealedPersonalData;
import org.mediation.registration.regionalday.api.WaitlistedParticipantPromoted;

/**
 * Producer side of {@code docs/contracts/registration-events}: the real translator and CloudEvent mapping, fed the
 * internal event behind each sample (same ids, same time), write exactly the sample's JSON.
 */
class PublishedEventContractTest {

    private static final Path CONTRACTS = Path.of("..", "docs", "contracts", "registration-events");
    private static final String DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";
    private static final String REGISTRATION = "9b2e6f1a-7c3d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final ParticipantCategory MEDIATOR = ParticipantCategory.MEDIATOR;
    private static final SealedPersonalData SEALED =
            new SealedPersonalData("c2VhbGVk-first", "c2VhbGVk-last", "c2VhbGVk-mail", "c2VhbGVk-org");
    /** Kept on the topic and in the contracts for the consumers, no longer produced. */
    private static final List<String> DEPRECATED = List.of("registration.ParticipantRegistered.v1");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PublishedEventTranslator translator = new PublishedEventTranslator();

    static Stream<Arguments> samples() {
        return Stream.of(
                sample(
                        1,
                        new RegionalDayScheduled(
                                DAY,
                                "FR-HDF",
                                "Journée régionale de la médiation sociale",
                                LocalDate.of(2019, 12, 4),
                                "Liévin",
                                250)),
                sample(2, new RegistrationOpened(DAY)),
                sample(3, new RegistrationClosed(DAY)),
                sample(4, new CapacityChanged(DAY, 260)),
                Arguments.of(
                        "registration.ParticipantRegistered.v2",
                        "00000000-0000-4000-8000-000000000011",
                        Instant.parse("2019-12-04T09:11:00Z"),
                        new ParticipantRegistered(
                                DAY,
                                REGISTRATION,
                                RegistrationStatus.CONFIRMED,
                                SEALED,
                                new EmailFingerprint("hmac"),
                                MEDIATOR,
                                null)),
                sample(6, new ParticipantWaitlisted(DAY, REGISTRATION, 1)),
                sample(7, new WaitlistedParticipantPromoted(DAY, REGISTRATION, MEDIATOR)),
                sample(8, new RegistrationCancelled(DAY, REGISTRATION, RegistrationStatus.CONFIRMED, MEDIATOR)),
                sample(9, new ParticipantCheckedIn(DAY, REGISTRATION, MEDIATOR, 1)),
                Arguments.of(
                        "registration.CheckInUndone.v1",
                        "00000000-0000-4000-8000-000000000012",
                        Instant.parse("2019-12-04T09:12:00Z"),
                        new CheckInUndone(DAY, REGISTRATION, MEDIATOR, 1)),
                Arguments.of(
                        "registration.PersonalDataErased.v1",
                        "00000000-0000-4000-8000-000000000010",
                        Instant.parse("2019-12-04T09:10:00Z"),
                        new PersonalDataErased(DAY, REGISTRATION)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void the_published_json_equals_the_contract_sample(String type, String id, Instant time, Object internal)
            throws IOException {
        JsonNode published = JSON.readTree(publish(id, time, internal));

        assertThat(published)
                .isEqualTo(JSON.readTree(CONTRACTS.resolve(type + ".json").toFile()));
    }

    @Test
    void every_contract_sample_is_produced_but_the_deprecated_ones() throws IOException {
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            List<String> sampleTypes = files.map(f -> f.getFileName().toString().replace(".json", ""))
                    .filter(type -> !DEPRECATED.contains(type))
                    .toList();
            assertThat(sampleTypes)
                    .containsExactlyInAnyOrderElementsOf(
                            samples().map(a -> (String) a.get()[0]).toList());
        }
    }

    @Test
    void the_deprecated_samples_stay_for_the_consumers() {
        assertThat(DEPRECATED)
                .allSatisfy(
                        type -> assertThat(CONTRACTS.resolve(type + ".json")).exists());
    }

    /** Registrations recorded before the organisation was sealed carry it in clear: it is published no more. */
    @Test
    void a_registration_is_published_as_v2_without_its_organisation_even_when_recorded_in_clear() {
        ParticipantRegistered inClear = new ParticipantRegistered(
                DAY,
                REGISTRATION,
                RegistrationStatus.CONFIRMED,
                SEALED,
                new EmailFingerprint("hmac"),
                MEDIATOR,
                "Indépendante – Jeanne Dupont");

        assertThat(translator.translate(inClear).orElseThrow().type())
                .isEqualTo("registration.ParticipantRegistered.v2");
        assertThat(new String(publish("00000000-0000-4000-8000-000000000011", Instant.EPOCH, inClear)))
                .doesNotContain("organisation", "Jeanne");
    }

    @Test
    void no_name_or_email_is_published() {
        String published = new String(publish(
                "00000000-0000-4000-8000-000000000005",
                Instant.parse("2019-12-04T09:05:00Z"),
                new ParticipantRegistered(
                        DAY,
                        REGISTRATION,
                        RegistrationStatus.CONFIRMED,
                        SEALED,
                        new EmailFingerprint("hmac"),
                        MEDIATOR,
                        null)));

        assertThat(published).doesNotContain("c2VhbGVk", "hmac", "firstName", "lastName", "email", "organisation");
    }

    /** A check-in stored before check-ins were numbered was the first: it is published as check-in 1. */
    @Test
    void a_check_in_recorded_without_its_number_is_published_as_check_in_1() {
        assertThat(translator
                        .translate(new ParticipantCheckedIn(DAY, REGISTRATION, MEDIATOR, null))
                        .orElseThrow()
                        .data())
                .isEqualTo(new ParticipantCheckedInV1(DAY, REGISTRATION, "MEDIATOR", 1));
    }

    @Test
    void an_erasure_leaves_as_ids_only() {
        assertThat(translator
                        .translate(new PersonalDataErased(DAY, REGISTRATION))
                        .orElseThrow()
                        .data())
                .isEqualTo(new PersonalDataErasedV1(DAY, REGISTRATION));
    }

    private byte[] publish(String id, Instant time, Object internal) {
        PublishedEvent published = translator.translate(internal).orElseThrow();
        return CloudEventWriter.write(new OutgoingCloudEvent(
                id, "/registration", published.type(), published.subject(), time, published.data()));
    }

    private static Arguments sample(int n, Object internal) {
        String type = "registration." + internal.getClass().getSimpleName() + ".v1";
        return Arguments.of(
                type,
                "00000000-0000-4000-8000-00000000000" + n,
                Instant.parse("2019-12-04T09:0" + n + ":00Z"),
                internal);
    }
}
