package org.mediation.synthesis.regional;

import static org.mediation.synthesis.history.ConsumedTypes.*;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonSetter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /**
     * The contributions not withdrawn, by their own theme ({@code ""} when they have none) and kind: what the day's
     * figures count, kept beside the contributions so that the day's document need not hold them.
     */
    private final TreeMap<String, TreeMap<String, Integer>> tally = new TreeMap<>();
    /** The contributions changed since the workshop was read, which the store writes (not part of the state). */
    private final transient Set<String> unsaved = new TreeSet<>();

    WorkshopState() {}

    WorkshopState(String workshopId) {
        this.workshopId = workshopId;
    }

    /**
     * Reads the contributions of a stored state that holds them (a checkpoint, or a day's document written before they
     * had their own) and counts them: a state written before the tally existed has none.
     */
    @JsonSetter("contributions")
    private void read(Map<String, Contribution> stored) {
        contributions.putAll(stored);
        settle();
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
            case CONTRIBUTION_RECORDED, CONTRIBUTION_AMENDED -> {
                record(event);
                recount();
            }
            case CONTRIBUTION_WITHDRAWN -> {
                String id = event.text("contributionId");
                contributions.put(id, Contribution.tombstone(id));
                unsaved.add(id);
                recount();
            }
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
        Contribution known = contributions.get(id);
        if (known == null || !known.withdrawn()) {
            contributions.put(
                    id,
                    new Contribution(id, event.text("kind"), event.text("text"), event.text("themeCode"), tags, false));
            unsaved.add(id);
        }
    }

    /**
     * Settles contributions read from the store: a withdrawn one keeps no text (a document written before tombstones
     * did), and the tally counts what is held. Called once every contribution of the workshop is held.
     */
    private void settle() {
        contributions.replaceAll((id, c) -> c.withdrawn() ? Contribution.tombstone(id) : c);
        recount();
    }

    private void recount() {
        tally.clear();
        contributions()
                .forEach(c -> tally.computeIfAbsent(c.themeCode() == null ? "" : c.themeCode(), t -> new TreeMap<>())
                        .merge(String.valueOf(c.kind()), 1, Integer::sum));
    }

    /**
     * Puts contributions read from the store in place (the day's document does not hold them). Those the workshop
     * held already came with the day's document, as it was written before contributions had their own: they are
     * written on their own from now on.
     */
    void hold(Collection<Contribution> stored) {
        unsaved.addAll(contributions.keySet());
        stored.forEach(contribution -> contributions.put(contribution.id(), contribution));
        settle();
    }

    /** Every contribution held, withdrawn ones included (tombstones), as the store keeps them. */
    Collection<Contribution> held() {
        return contributions.values();
    }

    /** The contributions changed since the workshop was read, to be written. */
    List<Contribution> unsaved() {
        return unsaved.stream().map(contributions::get).toList();
    }

    /**
     * What the national figures count, once the report is published: the contributions not withdrawn by theme (their
     * own, or the workshop's) and kind; read from the tally, so it holds without the contributions themselves.
     */
    Map<String, Map<String, Integer>> countedByTheme() {
        Map<String, Map<String, Integer>> counted = new TreeMap<>();
        if (!PUBLISHED.equals(reportStatus)) {
            return counted;
        }
        tally.forEach((theme, kinds) -> {
            String counting = theme.isEmpty() ? themeCode : theme;
            if (counting != null) {
                kinds.forEach((kind, count) ->
                        counted.computeIfAbsent(counting, t -> new TreeMap<>()).merge(kind, count, Integer::sum));
            }
        });
        return counted;
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
