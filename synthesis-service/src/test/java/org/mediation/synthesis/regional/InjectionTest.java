package org.mediation.synthesis.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.synthesis.Contracts.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.catalogue.SeedThemes;
import org.mediation.synthesis.history.InboundEvent;

/** A rapporteur's text stays text in every export: no formula in the CSV, no heading, link or HTML in the markdown. */
class InjectionTest {

    private static final String DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";
    private static final String TEXT =
            "Constat\n\n# Titre injecté\n<script>alert(1)</script> [lien](http://evil.example) **gras**";

    private final RegionalSynthesis synthesis = synthesisWith(
            contribution("=HYPERLINK(\"http://evil.example\",\"clic\")", "+1+1"), contribution(TEXT, "@SUM(A1)"));

    @Test
    void csv_cells_that_would_be_formulas_are_neutralised() {
        String csv = new String(SynthesisCsv.of(synthesis).bytes(false), StandardCharsets.UTF_8);

        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\"")
                .contains(",'+1+1")
                .contains(",'@SUM(A1)")
                .doesNotContain(",=HYPERLINK", ",+1+1", ",@SUM");
    }

    @Test
    void the_excel_variant_uses_semicolons_and_a_byte_order_mark() {
        String csv = new String(SynthesisCsv.of(synthesis).bytes(true), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFsection;key;metric;value");
    }

    @Test
    void markdown_keeps_user_text_literal() {
        String markdown = SynthesisMarkdown.of(synthesis);

        assertThat(markdown.lines()).noneMatch(line -> line.startsWith("# Titre injecté"));
        assertThat(markdown)
                .doesNotContain("<script>", "[lien](", "**gras**")
                .contains(
                        "Constat \\# Titre injecté \\<script\\>alert(1)\\</script\\> \\[lien\\](http://evil.example)");
    }

    private static RegionalSynthesis synthesisWith(InboundEvent... contributions) {
        RegionalProjection day = new RegionalProjection(DAY);
        day.apply(sample("registration.RegionalDayScheduled.v1"));
        day.apply(sample("workshop.WorkshopPlanned.v1"));
        for (InboundEvent contribution : contributions) {
            day.apply(contribution);
        }
        return RegionalSynthesis.of(day, resourceId -> Optional.empty(), SeedThemes.catalogue());
    }

    private static InboundEvent contribution(String text, String tag) {
        InboundEvent sample = sample(
                "workshop.ContributionRecorded.v1",
                "e-" + text.hashCode(),
                Map.of("contributionId", "c-" + text.hashCode(), "text", text));
        ((ObjectNode) sample.data()).putArray("tags").add(tag);
        return sample;
    }
}
