package org.mediation.synthesis.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.synthesis.Contracts.sample;

import org.junit.jupiter.api.Test;

/** Consumer contract: the catalogue's resource events exactly as resource-service publishes them. */
class CatalogueEntryTest {

    private final CatalogueEntry entry = new CatalogueEntry("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

    @Test
    void a_published_resource_is_catalogued_with_its_title_and_kind() {
        entry.apply(sample("resource.ResourcePublished.v1"));

        assertThat(entry.catalogued()).isTrue();
        assertThat(entry.sharedNationally()).isFalse();
        assertThat(entry.kind()).isEqualTo("EXPERIENCE_SHEET");
        assertThat(entry.title()).isEqualTo("Un collectif de médiateurs qui se réunit chaque trimestre");
    }

    @Test
    void a_revision_renames_it() {
        entry.apply(sample("resource.ResourcePublished.v1"));
        entry.apply(sample("resource.ResourceRevised.v1"));

        assertThat(entry.title()).isEqualTo("Un collectif de médiateurs qui se réunit tous les trois mois");
    }

    @Test
    void a_shared_resource_counts_nationally_until_withdrawn() {
        entry.apply(sample("resource.ResourcePublished.v1"));
        entry.apply(sample("resource.ResourceShared.v1"));
        assertThat(entry.sharedNationally()).isTrue();

        entry.apply(sample("resource.ResourceWithdrawn.v1"));
        assertThat(entry.catalogued()).isFalse();
        assertThat(entry.sharedNationally()).isFalse();
    }

    @Test
    void stand_events_are_not_the_catalogue_s() {
        assertThat(CatalogueEntry.TYPES)
                .doesNotContain("resource.ResourceOfferedAtStand.v1", "resource.ResourceRequested.v1");
    }
}
