package org.mediation.workshop.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mediation.platform.cloudevents.CloudEventWriter;
import org.mediation.platform.cloudevents.OutgoingCloudEvent;
import org.mediation.platform.outbox.PublishedEvent;
import org.mediation.workshop.WorkshopApplication;
import org.mediation.workshop.programme.api.WorkshopScheduled;
import org.mediation.workshop.theme.api.ThemeAdded;
import org.mediation.workshop.theme.api.ThemeRelabelled;
import org.mediation.workshop.theme.api.ThemeRetired;
import org.mediation.workshop.workshop.api.ContributionAmended;
import org.mediation.workshop.workshop.api.ContributionKind;
import org.mediation.workshop.workshop.api.ContributionRecorded;
import org.mediation.workshop.workshop.api.ContributionWithdrawn;
import org.mediation.workshop.workshop.api.FacilitatorAssigned;
import org.mediation.workshop.workshop.api.FacilitatorRemoved;
import org.mediation.workshop.workshop.api.ParticipantEnrolled;
import org.mediation.workshop.workshop.api.ParticipantUnenrolled;
import org.mediation.workshop.workshop.api.Person;
import org.mediation.workshop.workshop.api.RapporteurAssigned;
import org.mediation.workshop.workshop.api.ReportPublished;
import org.mediation.workshop.workshop.api.ReportReopened;
import org.mediation.workshop.workshop.api.ReportSubmitted;
import org.mediation.workshop.workshop.api.SpeakerAdded;
import org.mediation.workshop.workshop.api.SpeakerRemoved;
import org.mediation.workshop.workshop.api.UnenrolmentReason;
import org.mediation.workshop.workshop.api.WorkshopPlanned;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;

/**
 * Producer side of the contract: for each sample of {@code docs/contracts/workshop-events/}, the matching internal
 * event through the real translator and envelope, written by the service's own ObjectMapper, is exactly the sample.
 */
@JsonTest(properties = WorkshopApplication.CONFIG_NAME)
class PublishedContractTest {

    static final Path CONTRACTS = Path.of("..", "docs", "contracts", "workshop-events");
    static final String WORKSHOP = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
    static final String DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";
    static final String CONTRIBUTION = "7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b";
    static final String REGISTRATION = "9b2e6f1a-7c3d-4e5f-8a9b-0c1d2e3f4a5b";
    static final String THEME = "ACCESS_TO_RIGHTS";
    static final String FACILITATOR = "8a1b2c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d";
    static final String SPEAKER = "9b2c3d4e-5f6a-4b7c-8d9e-1f2a3b4c5d6e";

    /** No longer published (they carried a person's name and organisation); their files stay for old records. */
    static final List<String> DEPRECATED = List.of("FacilitatorAssigned.v1", "SpeakerAdded.v1");

    @Autowired
    ObjectMapper json;

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(
                        "WorkshopPlanned.v1",
                        new WorkshopPlanned(WORKSHOP, DAY, "FR-HDF", THEME, "Accès aux droits et illectronisme", 50)),
                Arguments.of(
                        "WorkshopScheduled.v1",
                        new WorkshopScheduled(
                                WORKSHOP,
                                DAY,
                                "FR-HDF",
                                LocalDateTime.parse("2019-12-04T14:00"),
                                LocalDateTime.parse("2019-12-04T15:30"),
                                "Salle Jean Moulin")),
                Arguments.of(
                        "FacilitatorAssigned.v2",
                        new FacilitatorAssigned(WORKSHOP, DAY, FACILITATOR, new Person("Claire Dubois", "AMS Lens"))),
                Arguments.of("FacilitatorRemoved.v1", new FacilitatorRemoved(WORKSHOP, DAY, FACILITATOR)),
                Arguments.of(
                        "SpeakerAdded.v2",
                        new SpeakerAdded(WORKSHOP, DAY, SPEAKER, new Person("Karim Benali", "CAF du Pas-de-Calais"))),
                Arguments.of("SpeakerRemoved.v1", new SpeakerRemoved(WORKSHOP, DAY, SPEAKER)),
                Arguments.of(
                        "RapporteurAssigned.v1", new RapporteurAssigned(WORKSHOP, DAY, "rapporteur-1", "Julie Martin")),
                Arguments.of("ParticipantEnrolled.v1", new ParticipantEnrolled(WORKSHOP, DAY, REGISTRATION)),
                Arguments.of(
                        "ParticipantUnenrolled.v1",
                        new ParticipantUnenrolled(
                                WORKSHOP, DAY, REGISTRATION, UnenrolmentReason.REGISTRATION_CANCELLED)),
                Arguments.of(
                        "ContributionRecorded.v1",
                        new ContributionRecorded(
                                WORKSHOP,
                                DAY,
                                CONTRIBUTION,
                                ContributionKind.FINDING,
                                "Les démarches en ligne excluent une partie du public.",
                                THEME,
                                List.of("numérique"))),
                Arguments.of(
                        "ContributionAmended.v1",
                        new ContributionAmended(
                                WORKSHOP,
                                DAY,
                                CONTRIBUTION,
                                ContributionKind.PROBLEM,
                                "Les démarches dématérialisées excluent une partie du public.",
                                THEME,
                                List.of("numérique", "accès aux droits"))),
                Arguments.of("ContributionWithdrawn.v1", new ContributionWithdrawn(WORKSHOP, DAY, CONTRIBUTION)),
                Arguments.of("ReportSubmitted.v1", new ReportSubmitted(WORKSHOP, DAY, 1)),
                Arguments.of(
                        "ReportReopened.v1",
                        new ReportReopened(WORKSHOP, DAY, "Préciser la proposition sur les permanences.")),
                Arguments.of("ReportPublished.v1", new ReportPublished(WORKSHOP, DAY)),
                Arguments.of(
                        "ThemeAdded.v1",
                        new ThemeAdded(
                                "YOUTH_AND_SCHOOLS", "Jeunesse et établissements scolaires", "Youth and schools")),
                Arguments.of(
                        "ThemeRelabelled.v1",
                        new ThemeRelabelled(
                                "YOUTH_AND_SCHOOLS", "Médiation en milieu scolaire", "Mediation in schools")),
                Arguments.of("ThemeRetired.v1", new ThemeRetired("YOUTH_AND_SCHOOLS")));
    }

    @ParameterizedTest(name = "workshop.{0}")
    @MethodSource("samples")
    void the_published_cloud_event_is_exactly_the_contract_sample(String name, Object internalEvent)
            throws IOException {
        JsonNode sample = json.readTree(Files.readString(CONTRACTS.resolve("workshop." + name + ".json")));
        PublishedEvent published =
                new PublishedEventTranslator().translate(internalEvent).orElseThrow();

        OutgoingCloudEvent envelope = new OutgoingCloudEvent(
                sample.get("id").asText(),
                "/workshop",
                published.type(),
                published.subject(),
                Instant.parse(sample.get("time").asText()),
                published.data());

        assertThat(json.readTree(CloudEventWriter.write(envelope))).isEqualTo(sample);
    }

    @Test
    void every_sample_of_the_topic_is_covered_or_deprecated() throws IOException {
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(
                                    samples().map(a -> (String) a.get()[0]), DEPRECATED.stream())
                            .map(name -> "workshop." + name + ".json")
                            .toList());
        }
    }

    @Test
    void no_name_or_organisation_of_a_facilitator_or_a_speaker_is_published() {
        Person claire = new Person("Claire Dubois", "AMS Lens");
        for (Object named : List.of(
                new FacilitatorAssigned(WORKSHOP, DAY, FACILITATOR, claire),
                new SpeakerAdded(WORKSHOP, DAY, SPEAKER, claire),
                new FacilitatorAssigned(WORKSHOP, DAY, null, claire))) {
            PublishedEvent published =
                    new PublishedEventTranslator().translate(named).orElseThrow();

            assertThat(published.type()).endsWith(".v2");
            assertThat(json.valueToTree(published.data()).toString())
                    .doesNotContain("Claire")
                    .doesNotContain("AMS");
        }
    }
}
