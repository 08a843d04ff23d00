package org.mediation.synthesis.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.synthesis.Contracts.sample;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.catalogue.SeedThemes;

class RegionalSynthesisTest {

    private static final String DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";

    @Test
    void workshops_read_in_the_order_of_the_theme_catalogue_whatever_their_ids() {
        RegionalProjection day = new RegionalProjection(DAY);
        day.apply(sample("registration.RegionalDayScheduled.v1"));
        day.apply(planned("e-1", "aaaa", "TERRITORIAL_INTEGRATION", "Intégration au territoire"));
        day.apply(planned("e-2", "zzzz", "ACCESS_TO_RIGHTS", "Accès aux droits"));
        day.apply(planned("e-3", "mmmm", "MEDIATOR_TRAINING", "Formation"));

        RegionalSynthesis synthesis = RegionalSynthesis.of(day, resourceId -> Optional.empty(), SeedThemes.catalogue());

        assertThat(synthesis.workshops())
                .extracting(RegionalSynthesis.Workshop::themeCode)
                .containsExactly("ACCESS_TO_RIGHTS", "MEDIATOR_TRAINING", "TERRITORIAL_INTEGRATION");
    }

    private static org.mediation.synthesis.history.InboundEvent planned(
            String eventId, String workshopId, String theme, String title) {
        return sample(
                "workshop.WorkshopPlanned.v1",
                eventId,
                Map.of("workshopId", workshopId, "themeCode", theme, "title", title));
    }
}
