package org.mediation.resource.integration.outbound;

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
import org.mediation.resource.catalogue.api.ResourceDetails;
import org.mediation.resource.catalogue.api.ResourceKind;
import org.mediation.resource.catalogue.api.ResourceOfferedAtStand;
import org.mediation.resource.catalogue.api.ResourcePublished;
import org.mediation.resource.catalogue.api.ResourceRequested;
import org.mediation.resource.catalogue.api.ResourceRevised;
import org.mediation.resource.catalogue.api.ResourceShared;
import org.mediation.resource.catalogue.api.ResourceWithdrawn;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Producer side of the contracts in {@code docs/contracts/resource-events}: the real translator and envelope turn the
 * matching internal event into exactly the published sample.
 */
class PublishedEventContractTest {

    static final Path CONTRACTS = Path.of("..", "docs", "contracts", "resource-events");
    static final String RESOURCE = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";
    static final String HDF = "FR-HDF";

    final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    final PublishedEventTranslator translator = new PublishedEventTranslator();

    static Stream<Arguments> samples() {
        return Stream.of(
                sample(
                        "ResourcePublished",
                        1,
                        new ResourcePublished(
                                RESOURCE,
                                HDF,
                                sheet(
                                        "Un collectif de médiateurs qui se réunit chaque trimestre",
                                        List.of("MEDIATION_NETWORK")))),
                sample(
                        "ResourceRevised",
                        2,
                        new ResourceRevised(
                                RESOURCE,
                                HDF,
                                sheet(
                                        "Un collectif de médiateurs qui se réunit tous les trois mois",
                                        List.of("MEDIATION_NETWORK", "MEDIATOR_TRAINING")))),
                sample(
                        "ResourceWithdrawn",
                        3,
                        new ResourceWithdrawn(RESOURCE, HDF, LocalDate.of(2019, 12, 4), List.of("a-later-day"))),
                sample("ResourceShared", 4, new ResourceShared(RESOURCE, HDF)),
                sample(
                        "ResourceOfferedAtStand",
                        5,
                        new ResourceOfferedAtStand(RESOURCE, DAY, HDF, LocalDate.of(2019, 12, 4))),
                sample(
                        "ResourceRequested",
                        6,
                        new ResourceRequested(
                                RESOURCE,
                                DAY,
                                HDF,
                                "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                                "9b2e6f1a-7c3d-4e5f-8a9b-0c1d2e3f4a5b")));
    }

    static ResourceDetails sheet(String title, List<String> themes) {
        return new ResourceDetails(
                ResourceKind.EXPERIENCE_SHEET,
                title,
                List.of("Centre de ressources Hauts-de-France"),
                "Centre de ressources politique de la ville",
                2019,
                themes,
                "https://example.org/fiches/collectif",
                null);
    }

    static Arguments sample(String name, int n, Object internalEvent) {
        return Arguments.of(name, n, internalEvent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void the_published_cloud_event_is_the_contract_sample(String name, int n, Object internalEvent) throws IOException {
        JsonNode expected =
                json.readTree(CONTRACTS.resolve("resource." + name + ".v1.json").toFile());
        String eventId = "00000000-0000-4000-8000-00000000000" + n;
        Instant time = Instant.parse("2019-12-04T09:0" + n + ":00Z");

        PublishedEvent published = translator.translate(internalEvent).orElseThrow();
        JsonNode actual = json.readTree(CloudEventWriter.write(new OutgoingCloudEvent(
                eventId, "/resource", published.type(), published.subject(), time, published.data())));

        assertThat(actual).isEqualTo(expected);
        assertThat(published.subject()).as("record key = resource id").isEqualTo(RESOURCE);
    }

    @Test
    void every_contract_sample_of_the_topic_is_covered() throws IOException {
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(samples()
                            .map(arguments -> "resource." + arguments.get()[0] + ".v1.json")
                            .toList());
        }
    }
}
