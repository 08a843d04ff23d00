package org.mediation.workshop.theme.api;

import java.util.Arrays;

/** The national theme catalogue: a stable code and its English and French labels. */
public enum Theme {
    ACCESS_TO_RIGHTS("Access to rights and digital exclusion", "Accès aux droits et illectronisme"),
    MEDIATOR_TRAINING("Training for the profession of mediator", "Formation au métier de médiateur"),
    MEDIATION_NETWORK("The social-mediation network", "Réseau de la médiation sociale"),
    ENVIRONMENT("Innovation for the environment", "Innovation au service de l'environnement"),
    TERRITORIAL_INTEGRATION(
            "Integrating social mediation into its territory", "Intégration de la médiation sociale à son territoire");

    private final String label;
    private final String labelFr;

    Theme(String label, String labelFr) {
        this.label = label;
        this.labelFr = labelFr;
    }

    public String label() {
        return label;
    }

    public String labelFr() {
        return labelFr;
    }

    /** The theme of that code; an unknown code is bad input. */
    public static Theme ofCode(String code) {
        return Arrays.stream(values())
                .filter(theme -> theme.name().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "themeCode must be one of " + Arrays.toString(values()) + ", not '" + code + "'"));
    }
}
