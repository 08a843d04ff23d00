package org.mediation.synthesis.regional;

import java.util.List;
import org.mediation.synthesis.regional.RegionalSynthesis.Item;
import org.mediation.synthesis.regional.RegionalSynthesis.Resource;
import org.mediation.synthesis.regional.RegionalSynthesis.Workshop;

/**
 * The regional synthesis as a French document for the day's participants: by workshop, then by kind. Every text a
 * user supplied is a {@link MarkdownText#literal}: no injected heading, link or HTML.
 */
public final class SynthesisMarkdown {

    private SynthesisMarkdown() {}

    public static String of(RegionalSynthesis synthesis) {
        StringBuilder md = new StringBuilder();
        md.append("# Synthèse — ")
                .append(MarkdownText.literal(synthesis.title()))
                .append("\n\n");
        md.append(FrenchLabels.region(synthesis.region()))
                .append(" · ")
                .append(MarkdownText.literal(synthesis.venue()))
                .append(" · ")
                .append(FrenchLabels.date(synthesis.date()))
                .append("\n\n");
        attendance(md, synthesis.attendance());
        md.append("## Ateliers\n\n");
        if (synthesis.workshops().isEmpty()) {
            md.append("Aucun atelier.\n\n");
        }
        synthesis.workshops().forEach(workshop -> workshop(md, workshop));
        stand(md, synthesis.resources());
        return md.toString();
    }

    private static void attendance(StringBuilder md, Attendance attendance) {
        md.append("## Participation\n\n");
        md.append("- Inscriptions confirmées : ").append(attendance.confirmed()).append('\n');
        md.append("- Présents : ").append(attendance.checkedIn()).append('\n');
        md.append("- Liste d'attente : ").append(attendance.waitlisted()).append('\n');
        md.append("- Annulations : ").append(attendance.cancelled()).append('\n');
        attendance
                .byCategory()
                .forEach((category, counts) -> md.append("- ")
                        .append(FrenchLabels.category(category))
                        .append(" : ")
                        .append(counts.confirmed())
                        .append(" inscrits, ")
                        .append(counts.checkedIn())
                        .append(" présents\n"));
        md.append('\n');
    }

    private static void workshop(StringBuilder md, Workshop workshop) {
        md.append("### ").append(MarkdownText.literal(workshop.title())).append("\n\n");
        md.append("Thème : ")
                .append(MarkdownText.literal(workshop.themeLabel()))
                .append("  \n");
        if (workshop.rapporteur() != null) {
            md.append("Rapporteur : ")
                    .append(MarkdownText.literal(workshop.rapporteur()))
                    .append("  \n");
        }
        md.append("Participants inscrits : ").append(workshop.enrolled()).append("  \n");
        md.append("Compte rendu : ")
                .append(FrenchLabels.reportStatus(workshop.reportStatus()))
                .append("\n\n");
        for (String kind : Contribution.KINDS) {
            List<Item> items = workshop.contributions().stream()
                    .filter(item -> kind.equals(item.kind()))
                    .toList();
            if (!items.isEmpty()) {
                md.append("#### ").append(FrenchLabels.kind(kind)).append("\n\n");
                items.forEach(item -> item(md, item));
                md.append('\n');
            }
        }
    }

    private static void item(StringBuilder md, Item item) {
        md.append("- ").append(MarkdownText.literal(item.text()));
        if (!item.tags().isEmpty()) {
            md.append(" _(")
                    .append(MarkdownText.literal(String.join(", ", item.tags())))
                    .append(")_");
        }
        md.append('\n');
    }

    private static void stand(StringBuilder md, RegionalSynthesis.Resources resources) {
        md.append("## Stand de ressources\n\n");
        md.append("Ressources proposées : ")
                .append(resources.offered())
                .append(" · demandes : ")
                .append(resources.requests())
                .append("\n\n");
        for (Resource resource : resources.items()) {
            md.append("- ")
                    .append(MarkdownText.literal(
                            resource.title() == null ? "Ressource " + resource.resourceId() : resource.title()))
                    .append(" (")
                    .append(FrenchLabels.resourceKind(resource.kind()))
                    .append(") : ")
                    .append(resource.requests())
                    .append(" demande(s)\n");
        }
    }
}
