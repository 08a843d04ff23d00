package org.mediation.synthesis.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.synthesis.Contracts.sample;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.catalogue.CatalogueEntry;
import org.mediation.synthesis.catalogue.SeedThemes;

/** Consumer contract: the stand's resource events exactly as resource-service publishes them. */
class StandProjectionTest {

    private static final String DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";
    private static final String RESOURCE = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    private final RegionalProjection day = new RegionalProjection(DAY);

    @Test
    void an_offered_resource_counts_its_requests_once_each() {
        day.apply(sample("resource.ResourceOfferedAtStand.v1"));
        day.apply(sample("resource.ResourceRequested.v1"));
        day.apply(sample("resource.ResourceRequested.v1"));
        day.apply(sample("resource.ResourceRequested.v1", "e-2", Map.of("requestId", "req-2")));

        assertThat(day.stand().offered()).isEqualTo(1);
        assertThat(day.stand().requests()).isEqualTo(2);
        assertThat(day.stand().requestsByResource()).containsExactly(Map.entry(RESOURCE, 2));
    }

    @Test
    void a_stand_offer_before_the_resource_is_known_takes_its_title_once_the_catalogue_has_it() {
        day.apply(sample("registration.RegionalDayScheduled.v1"));
        day.apply(sample("resource.ResourceOfferedAtStand.v1"));
        assertThat(RegionalSynthesis.of(day, id -> Optional.empty(), SeedThemes.catalogue())
                        .resources()
                        .items())
                .containsExactly(new RegionalSynthesis.Resource(RESOURCE, null, null, 0));

        CatalogueEntry entry = new CatalogueEntry(RESOURCE);
        entry.apply(sample("resource.ResourcePublished.v1"));
        entry.apply(sample("resource.ResourceRevised.v1"));

        assertThat(RegionalSynthesis.of(day, id -> Optional.of(entry), SeedThemes.catalogue())
                        .resources())
                .isEqualTo(new RegionalSynthesis.Resources(
                        1,
                        0,
                        java.util.List.of(new RegionalSynthesis.Resource(
                                RESOURCE,
                                "Un collectif de médiateurs qui se réunit tous les trois mois",
                                "EXPERIENCE_SHEET",
                                0))));
    }
}
