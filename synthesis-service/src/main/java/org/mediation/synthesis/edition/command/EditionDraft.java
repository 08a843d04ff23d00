package org.mediation.synthesis.edition.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mediation.synthesis.edition.api.Basis;
import org.mediation.synthesis.edition.api.DraftRebased;
import org.mediation.synthesis.edition.api.EditionCreated;
import org.mediation.synthesis.edition.api.EditionEvent;
import org.mediation.synthesis.edition.api.IntroductionWritten;
import org.mediation.synthesis.edition.api.PublishedVersion;
import org.mediation.synthesis.edition.api.PublishedVersion.Statement;
import org.mediation.synthesis.edition.api.PublishedVersion.ThemeSection;
import org.mediation.synthesis.edition.api.StatementRemoved;
import org.mediation.synthesis.edition.api.StatementWritten;
import org.mediation.synthesis.edition.api.StatementsOrdered;
import org.mediation.synthesis.edition.api.VersionPublished;

/**
 * An edition as its events leave it: the draft (introductions per theme, statements, their order per theme) and the
 * versions published. The aggregate decides with it and the editor's read model is it: one fold, in one place. A
 * statement attached to a theme comes last in that theme's order until the national office orders them.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class EditionDraft {

    private String editionId;
    private String title;
    private LocalDate from;
    private LocalDate to;
    private Basis basis;
    private final Map<String, String> introductions = new LinkedHashMap<>();
    private final Map<String, Statement> statements = new LinkedHashMap<>();
    private final Map<String, List<String>> order = new LinkedHashMap<>();
    private final List<VersionEntry> versions = new ArrayList<>();
    private boolean changedSinceVersion;

    /** A published version as the edition lists it. */
    public record VersionEntry(int number, Instant publishedAt, int statements) {}

    /** Every event but a rebase changes what a version would say. */
    public void apply(EditionEvent event) {
        changedSinceVersion |= !(event instanceof DraftRebased);
        if (event instanceof EditionCreated created) {
            editionId = created.editionId();
            title = created.title();
            from = created.from();
            to = created.to();
            basis = created.basis();
        } else if (event instanceof IntroductionWritten written) {
            write(written);
        } else if (event instanceof StatementWritten written) {
            write(written);
        } else if (event instanceof StatementRemoved removed) {
            statements.remove(removed.statementId());
            order.values().forEach(ids -> ids.remove(removed.statementId()));
        } else if (event instanceof StatementsOrdered ordered) {
            order.put(ordered.themeCode(), new ArrayList<>(ordered.statementIds()));
        } else if (event instanceof DraftRebased rebased) {
            basis = rebased.basis();
        } else if (event instanceof VersionPublished published) {
            PublishedVersion version = published.version();
            versions.add(new VersionEntry(version.number(), version.publishedAt(), statements.size()));
            changedSinceVersion = false;
        }
    }

    private void write(IntroductionWritten written) {
        if (written.text() == null || written.text().isBlank()) {
            introductions.remove(written.themeCode());
        } else {
            introductions.put(written.themeCode(), written.text());
        }
    }

    private void write(StatementWritten written) {
        statements.put(
                written.statementId(),
                new Statement(written.statementId(), written.text(), written.themes(), written.sources()));
        order.forEach((theme, ids) -> {
            if (!written.themes().contains(theme)) {
                ids.remove(written.statementId());
            }
        });
        written.themes().forEach(theme -> {
            List<String> ids = order.computeIfAbsent(theme, t -> new ArrayList<>());
            if (!ids.contains(written.statementId())) {
                ids.add(written.statementId());
            }
        });
    }

    /**
     * The draft as a version: the themes that have an introduction or a statement, in the order of the labels given
     * (the catalogue's), then any other by code; each theme's statements in their order.
     */
    public PublishedVersion version(int number, Instant at, Map<String, String> themeLabels) {
        Set<String> themes = new LinkedHashSet<>(themeLabels.keySet());
        TreeSet<String> others = new TreeSet<>(introductions.keySet());
        others.addAll(order.keySet());
        themes.addAll(others);
        List<ThemeSection> sections = new ArrayList<>();
        for (String theme : themes) {
            List<Statement> ofTheme = order.getOrDefault(theme, List.of()).stream()
                    .map(statements::get)
                    .toList();
            if (introductions.containsKey(theme) || !ofTheme.isEmpty()) {
                sections.add(new ThemeSection(
                        theme, themeLabels.getOrDefault(theme, theme), introductions.get(theme), ofTheme));
            }
        }
        return new PublishedVersion(editionId, number, title, from, to, at, basis, sections);
    }

    public String editionId() {
        return editionId;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Basis basis() {
        return basis;
    }

    public boolean holds(String statementId) {
        return statements.containsKey(statementId);
    }

    public boolean hasStatements() {
        return !statements.isEmpty();
    }

    /** The statements attached to that theme, in their order. */
    public List<String> attachedTo(String themeCode) {
        return List.copyOf(order.getOrDefault(themeCode, List.of()));
    }

    public List<Statement> statements() {
        return List.copyOf(statements.values());
    }

    public int lastVersion() {
        return versions.size();
    }

    public boolean changedSinceVersion() {
        return changedSinceVersion;
    }
}
