package org.mediation.synthesis.regional;

import static org.mediation.synthesis.history.ConsumedTypes.*;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mediation.synthesis.history.InboundEvent;

/** What synthesis knows of one workshop of a regional day, folded from the workshop events (ordered per workshop). */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class WorkshopState {

    public static final String PUBLISHED = "PUBLISHED";

    private String workshopId;
    private String themeCode;
    private String title;
    private String reportStatus = "DRAFT";
    private String rapporteur;
    private final TreeSet<String> enrolled = new TreeSet<>();
    private final TreeMap<String, Contribution> contributions = new TreeMap<>();

    WorkshopState() {}

    WorkshopState(String workshopId) {
        this.workshopId = workshopId;
    }

    void apply(InboundEvent event) {
        switch (event.type()) {
            case WORKSHOP_PLANNED -> {
                themeCode = event.text("themeCode");
                title = event.text("title");
            }
            case RAPPORTEUR_ASSIGNED -> rapporteur = event.text("name");
            case PARTICIPANT_ENROLLED -> enrolled.add(event.text("registrationId"));
            case PARTICIPANT_UNENROLLED -> enrolled.remove(event.text("registrationId"));
            case CONTRIBUTION_RECORDED, CONTRIBUTION_AMENDED -> record(event);
            case CONTRIBUTION_WITHDRAWN -> contributions.computeIfPresent(
                    event.text("contributionId"), (id, contribution) -> contribution.withdraw());
            case REPORT_SUBMITTED -> reportStatus = "SUBMITTED";
            case REPORT_REOPENED -> reportStatus = "DRAFT";
            case REPORT_PUBLISHED -> reportStatus = PUBLISHED;
            default -> {}
        }
    }

    private void record(InboundEvent event) {
        List<String> tags = new ArrayList<>();
        event.data().path("tags").forEach(tag -> tags.add(tag.asText()));
        String id = event.text("contributionId");
        boolean withdrawn =
                contributions.containsKey(id) && contributions.get(id).withdrawn();
        contributions.put(
                id,
                new Contribution(id, event.text("kind"), event.text("text"), event.text("themeCode"), tags, withdrawn));
    }

    public String workshopId() {
        return workshopId;
    }

    public String themeCode() {
        return themeCode;
    }

    public String title() {
        return title;
    }

    public String reportStatus() {
        return reportStatus;
    }

    public String rapporteur() {
        return rapporteur;
    }

    public int enrolled() {
        return enrolled.size();
    }

    /** The contributions not withdrawn, in id order. */
    public List<Contribution> contributions() {
        return contributions.values().stream().filter(c -> !c.withdrawn()).toList();
    }

    /** What the national figures count: the contributions of a published report, not withdrawn. */
    public List<Contribution> countedContributions() {
        return PUBLISHED.equals(reportStatus) ? contributions() : List.of();
    }

    /** The theme a contribution counts under: its own, or its workshop's when it has none. */
    public String themeOf(Contribution contribution) {
        return contribution.themeCode() != null ? contribution.themeCode() : themeCode;
    }
}
