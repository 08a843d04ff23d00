package org.mediation.synthesis.edition.web;

import static org.mediation.synthesis.regional.MarkdownText.literal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mediation.synthesis.edition.api.PublishedVersion;
import org.mediation.synthesis.edition.api.PublishedVersion.Statement;
import org.mediation.synthesis.edition.api.PublishedVersion.ThemeSection;
import org.mediation.synthesis.edition.api.StatementSource;
import org.mediation.synthesis.regional.FrenchLabels;

/**
 * A version of an edition in French markdown: per theme its introduction and its numbered statements, each followed by
 * its sources (region, regional day, date, workshop, kind). Every text the national office or a team wrote is a
 * {@code MarkdownText.literal}. A version not published yet (number 0) is a preview.
 */
final class VersionMarkdown {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'à' HH:mm 'UTC'", Locale.FRENCH)
            .withZone(ZoneOffset.UTC);

    private VersionMarkdown() {}

    static String title(PublishedVersion version) {
        return version.title() + (version.number() == 0 ? " — aperçu" : " — version " + version.number());
    }

    static String of(PublishedVersion version) {
        StringBuilder md =
                new StringBuilder("# ").append(literal(title(version))).append("\n\n");
        md.append("Restitution nationale des journées régionales du ")
                .append(FrenchLabels.date(version.from()))
                .append(" au ")
                .append(FrenchLabels.date(version.to()))
                .append(". ")
                .append(
                        version.number() == 0
                                ? "Aperçu, non publié."
                                : "Version " + version.number() + ", publiée le "
                                        + INSTANT.format(version.publishedAt()) + ".")
                .append(" Établie à partir de l'historique au ")
                .append(version.basis().asOf())
                .append(" (position ")
                .append(version.basis().position())
                .append(").\n\n");
        version.themes().forEach(theme -> theme(md, theme));
        return md.toString();
    }

    private static void theme(StringBuilder md, ThemeSection theme) {
        md.append("## ").append(literal(theme.label())).append("\n\n");
        if (theme.introduction() != null) {
            md.append(literal(theme.introduction())).append("\n\n");
        }
        int number = 1;
        for (Statement statement : theme.statements()) {
            md.append("**")
                    .append(number++)
                    .append(".** ")
                    .append(literal(statement.text()))
                    .append("\n\n");
            md.append("Sources :\n\n");
            statement.sources().forEach(source -> source(md, source));
            md.append('\n');
        }
    }

    private static void source(StringBuilder md, StatementSource source) {
        md.append("- ")
                .append(literal(FrenchLabels.region(source.region())))
                .append(" — ")
                .append(literal(source.regionalDayTitle()))
                .append(", ")
                .append(FrenchLabels.date(source.date()))
                .append(", atelier « ")
                .append(literal(source.workshopTitle()))
                .append(" » (")
                .append(FrenchLabels.kind(source.kind()).toLowerCase(Locale.FRENCH))
                .append(")\n");
    }
}
