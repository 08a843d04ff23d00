package org.mediation.synthesis.regional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The French words participants read for the codes of kinds, categories, statuses and regions: in the
 * documents, and served to the dashboard ({@link #all}) so both say the same.
 */
public final class FrenchLabels {

    private static final Map<String, String> KINDS = Map.of(
            "FINDING", "Constats de terrain",
            "PROBLEM", "Problèmes rencontrés",
            "PROPOSAL", "Propositions",
            "PRACTICE", "Pratiques",
            "DEBATE", "Débats ouverts");
    private static final Map<String, String> CATEGORIES = Map.of(
            "MEDIATOR", "Médiateurs et médiatrices",
            "PROFESSIONAL", "Professionnels",
            "ELECTED_OFFICIAL", "Élus",
            "LOCAL_ACTOR", "Acteurs locaux");
    private static final Map<String, String> REPORT_STATUSES =
            Map.of("DRAFT", "en cours de rédaction", "SUBMITTED", "soumis", "PUBLISHED", "publié");
    private static final Map<String, String> RESOURCE_KINDS = Map.of(
            "BIBLIOGRAPHY", "Bibliographie",
            "EXPERIENCE_SHEET", "Fiche d'expérience",
            "BOOK", "Ouvrage",
            "TOOLKIT", "Boîte à outils",
            "VIDEO", "Vidéo");
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("FR-ARA", "Auvergne-Rhône-Alpes"),
            Map.entry("FR-BFC", "Bourgogne-Franche-Comté"),
            Map.entry("FR-BRE", "Bretagne"),
            Map.entry("FR-CVL", "Centre-Val de Loire"),
            Map.entry("FR-20R", "Corse"),
            Map.entry("FR-GES", "Grand Est"),
            Map.entry("FR-HDF", "Hauts-de-France"),
            Map.entry("FR-IDF", "Île-de-France"),
            Map.entry("FR-NOR", "Normandie"),
            Map.entry("FR-NAQ", "Nouvelle-Aquitaine"),
            Map.entry("FR-OCC", "Occitanie"),
            Map.entry("FR-PDL", "Pays de la Loire"),
            Map.entry("FR-PAC", "Provence-Alpes-Côte d'Azur"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private FrenchLabels() {}

    /**
     * Every code's label, by kind of code: {@code themes} (the catalogue's, given), {@code kinds}, {@code categories},
     * {@code regions}….
     */
    public static Map<String, Map<String, String>> all(Map<String, String> themes) {
        return Map.of(
                "themes", themes,
                "kinds", KINDS,
                "categories", CATEGORIES,
                "reportStatuses", REPORT_STATUSES,
                "resourceKinds", RESOURCE_KINDS,
                "regions", REGIONS);
    }

    public static String kind(String code) {
        return KINDS.getOrDefault(code, code);
    }

    public static String category(String code) {
        return CATEGORIES.getOrDefault(code, code);
    }

    public static String reportStatus(String code) {
        return REPORT_STATUSES.getOrDefault(code, code);
    }

    public static String resourceKind(String code) {
        return code == null ? "ressource" : RESOURCE_KINDS.getOrDefault(code, code);
    }

    public static String region(String code) {
        return REGIONS.getOrDefault(code, code);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
