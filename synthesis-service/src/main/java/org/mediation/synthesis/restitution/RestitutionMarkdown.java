package org.mediation.synthesis.restitution;

import static org.mediation.synthesis.regional.MarkdownText.literal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mediation.synthesis.regional.FrenchLabels;
import org.mediation.synthesis.restitution.Restitution.CoveredDay;
import org.mediation.synthesis.restitution.Restitution.Item;
import org.mediation.synthesis.restitution.Restitution.RecurringTag;
import org.mediation.synthesis.restitution.Restitution.Theme;

/**
 * The national restitution as a French document: the period and the history it was computed from, the regional days,
 * each national theme with its figures and contributions, the tags shared by regions. Every text a user supplied (and
 * every code without a label) is a {@code MarkdownText.literal}.
 */
final class RestitutionMarkdown {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'à' HH:mm:ss 'UTC'", Locale.FRENCH)
            .withZone(ZoneOffset.UTC);

    private RestitutionMarkdown() {}

    static String title(Restitution restitution) {
        return "Restitution nationale des journées régionales, du " + FrenchLabels.date(restitution.from()) + " au "
                + FrenchLabels.date(restitution.to());
    }

    static String of(Restitution restitution) {
        StringBuilder md = new StringBuilder("# ").append(title(restitution)).append("\n\n");
        md.append("Calculée sur l'historique des événements au ")
                .append(instant(restitution.asOf()))
                .append(" (asOf ")
                .append(restitution.asOf())
                .append(", position ")
                .append(restitution.position())
                .append(" de l'historique). Seules les contributions des comptes rendus publiés sont restituées.\n\n");
        days(md, restitution.regionalDays());
        md.append("## Thèmes nationaux\n\n");
        restitution.themes().forEach(theme -> theme(md, theme));
        tags(md, restitution.recurringTags());
        return md.toString();
    }

    private static void days(StringBuilder md, List<CoveredDay> days) {
        md.append("## Journées régionales (").append(days.size()).append(")\n\n");
        if (days.isEmpty()) {
            md.append("Aucune journée régionale sur la période.\n\n");
        }
        for (CoveredDay day : days) {
            md.append("- ")
                    .append(FrenchLabels.date(day.date()))
                    .append(" — ")
                    .append(region(day.region()))
                    .append(" — ")
                    .append(literal(day.title()))
                    .append(", ")
                    .append(literal(day.venue()))
                    .append(" : ")
                    .append(day.confirmed())
                    .append(" inscrits (")
                    .append(day.byCategory().entrySet().stream()
                            .map(e -> FrenchLabels.category(e.getKey()) + " "
                                    + e.getValue().confirmed())
                            .collect(Collectors.joining(", ")))
                    .append("), ")
                    .append(day.checkedIn())
                    .append(" présents\n");
        }
        md.append('\n');
    }

    private static void theme(StringBuilder md, Theme theme) {
        md.append("### ").append(literal(theme.label())).append("\n\n");
        md.append("Ateliers : ")
                .append(theme.workshops())
                .append(" · Régions : ")
                .append(
                        theme.regions().isEmpty()
                                ? "aucune"
                                : theme.regions().stream()
                                        .map(RestitutionMarkdown::region)
                                        .collect(Collectors.joining(", ")))
                .append("  \n")
                .append(theme.contributions().entrySet().stream()
                        .map(e -> FrenchLabels.kind(e.getKey()) + " : " + e.getValue())
                        .collect(Collectors.joining(" · ")))
                .append("\n\n");
        if (theme.items().isEmpty()) {
            md.append("Aucune contribution publiée sur la période.\n\n");
        }
        for (String kind : Restitution.KIND_ORDER) {
            List<Item> items =
                    theme.items().stream().filter(i -> kind.equals(i.kind())).toList();
            if (!items.isEmpty()) {
                md.append("#### ").append(FrenchLabels.kind(kind)).append("\n\n");
                items.forEach(item -> item(md, item));
                md.append('\n');
            }
        }
    }

    private static void item(StringBuilder md, Item item) {
        md.append("- ")
                .append(literal(item.text()))
                .append(" — _")
                .append(literal(item.regionalDayTitle()))
                .append(", ")
                .append(region(item.region()))
                .append(", ")
                .append(FrenchLabels.date(item.date()))
                .append("_");
        if (!item.tags().isEmpty()) {
            md.append(" (").append(literal(String.join(", ", item.tags()))).append(")");
        }
        md.append('\n');
    }

    private static void tags(StringBuilder md, List<RecurringTag> tags) {
        md.append("## Mots-clés communs à plusieurs régions\n\n");
        if (tags.isEmpty()) {
            md.append("Aucun mot-clé n'est partagé par deux régions sur la période.\n");
        }
        tags.forEach(tag -> md.append("- ")
                .append(literal(tag.tag()))
                .append(" : ")
                .append(tag.regions().stream().map(RestitutionMarkdown::region).collect(Collectors.joining(", ")))
                .append(" (")
                .append(tag.contributions())
                .append(" contributions)\n"));
    }

    private static String region(String code) {
        return literal(FrenchLabels.region(code));
    }

    private static String instant(Instant instant) {
        return INSTANT.format(instant);
    }
}
