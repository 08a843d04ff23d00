package org.mediation.synthesis.catalogue;

import static org.mediation.synthesis.Contracts.sample;

import java.util.List;
import java.util.Map;
import org.mediation.synthesis.history.InboundEvent;

/** The seed's five themes as workshop-service publishes them when it starts: the tests' theme catalogue. */
public final class SeedThemes {

    public static final List<String> CODES = List.of(
            "ACCESS_TO_RIGHTS", "MEDIATOR_TRAINING", "MEDIATION_NETWORK", "ENVIRONMENT", "TERRITORIAL_INTEGRATION");

    private static final Map<String, String> LABELS = Map.of(
            "ACCESS_TO_RIGHTS", "Accès aux droits et illectronisme",
            "MEDIATOR_TRAINING", "Formation au métier de médiateur",
            "MEDIATION_NETWORK", "Réseau de la médiation sociale",
            "ENVIRONMENT", "Innovation au service de l'environnement",
            "TERRITORIAL_INTEGRATION", "Intégration de la médiation sociale à son territoire");

    private SeedThemes() {}

    public static Themes catalogue() {
        Themes themes = new Themes();
        events().forEach(themes::apply);
        return themes;
    }

    /** The five {@code ThemeAdded} events, in the seed's order. */
    public static List<InboundEvent> events() {
        return CODES.stream().map(code -> added(code, LABELS.get(code))).toList();
    }

    public static InboundEvent added(String code, String labelFr) {
        return sample(
                "workshop.ThemeAdded.v1",
                "e-theme-" + code,
                Map.of("code", code, "labelFr", labelFr, "labelEn", code.toLowerCase()));
    }
}
