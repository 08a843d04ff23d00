package org.mediation.synthesis.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mediation.platform.cloudevents.CloudEventWriter;
import org.mediation.platform.cloudevents.OutgoingCloudEvent;
import org.mediation.platform.outbox.PublishedEvent;
import org.mediation.synthesis.SynthesisApplication;
import org.mediation.synthesis.edition.api.Basis;
import org.mediation.synthesis.edition.api.DraftRebased;
import org.mediation.synthesis.edition.api.PublishedVersion;
import org.mediation.synthesis.edition.api.PublishedVersion.Statement;
import org.mediation.synthesis.edition.api.PublishedVersion.ThemeSection;
import org.mediation.synthesis.edition.api.StatementSource;
import org.mediation.synthesis.edition.api.VersionPublished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;

/**
 * Producer side of the contract: a published version through the real translator and envelope, written by the
 * service's own ObjectMapper, is exactly the sample of {@code docs/contracts/national-restitutions/}; no other edition
 * event leaves the service.
 */
@JsonTest(properties = SynthesisApplication.CONFIG_NAME)
class PublishedContractTest {

    private static final Path SAMPLE = Path.of(
            "..", "docs", "contracts", "national-restitutions", "synthesis.RestitutionVersionPublished.v1.json");
    private static final String EDITION = "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e";
    private static final Instant PUBLISHED = Instant.parse("2020-06-15T09:30:00Z");

    @Autowired
    ObjectMapper json;

    @Test
    void a_published_version_is_exactly_the_contract_sample() throws IOException {
        JsonNode sample = json.readTree(Files.readString(SAMPLE));
        PublishedEvent published = new PublishedEventTranslator()
                .translate(new VersionPublished(EDITION, version()))
                .orElseThrow();

        OutgoingCloudEvent envelope = new OutgoingCloudEvent(
                sample.get("id").asText(),
                "/synthesis",
                published.type(),
                published.subject(),
                Instant.parse(sample.get("time").asText()),
                published.data());

        assertThat(json.readTree(CloudEventWriter.write(envelope))).isEqualTo(sample);
    }

    @Test
    void the_draft_stays_inside() {
        assertThat(new PublishedEventTranslator().translate(new DraftRebased(EDITION, new Basis(PUBLISHED, 7))))
                .isEmpty();
    }

    private static PublishedVersion version() {
        StatementSource lievin = source("c-1", "FR-HDF");
        StatementSource rouen = source("c-2", "FR-NOR");
        Statement statement = new Statement(
                "s-1", "Ouvrir des permanences numériques.", List.of("ACCESS_TO_RIGHTS"), List.of(lievin, rouen));
        return new PublishedVersion(
                EDITION,
                1,
                "Restitution nationale 2019",
                LocalDate.parse("2019-11-01"),
                LocalDate.parse("2019-12-31"),
                PUBLISHED,
                new Basis(PUBLISHED.minusSeconds(3600), 42),
                List.of(new ThemeSection("ACCESS_TO_RIGHTS", "Accès aux droits", null, List.of(statement))));
    }

    private static StatementSource source(String contribution, String region) {
        return new StatementSource(
                contribution,
                "PROPOSAL",
                "w-1",
                "Atelier",
                "d-1",
                "Journée",
                LocalDate.parse("2019-12-04"),
                region,
                "x");
    }
}
