package org.mediation.synthesis.edition.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.mediation.synthesis.edition.api.CreateEdition;
import org.mediation.synthesis.edition.api.DraftRebased;
import org.mediation.synthesis.edition.api.EditionCreated;
import org.mediation.synthesis.edition.api.EditionEvent;
import org.mediation.synthesis.edition.api.IntroductionWritten;
import org.mediation.synthesis.edition.api.OrderStatements;
import org.mediation.synthesis.edition.api.PublishVersion;
import org.mediation.synthesis.edition.api.RebaseDraft;
import org.mediation.synthesis.edition.api.RemoveStatement;
import org.mediation.synthesis.edition.api.StatementRemoved;
import org.mediation.synthesis.edition.api.StatementWritten;
import org.mediation.synthesis.edition.api.StatementsOrdered;
import org.mediation.synthesis.edition.api.VersionPublished;
import org.mediation.synthesis.edition.api.WriteIntroduction;
import org.mediation.synthesis.edition.api.WriteStatement;

/**
 * A national restitution's edition for a period, edited by the national office: its draft starts from the machine
 * restitution at a recorded position of the history; publishing freezes the draft as the next numbered version, and
 * the draft goes on from it for the next one.
 */
@Aggregate
class Edition {

    @AggregateIdentifier
    private String editionId;

    private EditionDraft draft;

    Edition() {}

    @CommandHandler
    Edition(CreateEdition command) {
        if (command.from().isAfter(command.to())) {
            throw new EditionRuleViolation("An edition's period ends after it starts.");
        }
        apply(new EditionCreated(command.editionId(), command.title(), command.from(), command.to(), command.basis()));
    }

    @CommandHandler
    void handle(WriteIntroduction command) {
        apply(new IntroductionWritten(editionId, command.themeCode(), command.text()));
    }

    /** A statement says something in its own words, on one theme at least, from one contribution at least. */
    @CommandHandler
    void handle(WriteStatement command) {
        if (command.themes().isEmpty() || command.sources().isEmpty()) {
            throw new EditionRuleViolation("A statement is attached to a theme and made from a contribution at least.");
        }
        apply(new StatementWritten(
                editionId, command.statementId(), command.text(), command.themes(), command.sources()));
    }

    @CommandHandler
    void handle(RemoveStatement command) {
        if (!draft.holds(command.statementId())) {
            throw new UnknownStatement(command.statementId());
        }
        apply(new StatementRemoved(editionId, command.statementId()));
    }

    /** The order names every statement of the theme, each once. */
    @CommandHandler
    void handle(OrderStatements command) {
        if (command.statementIds().size()
                        != draft.attachedTo(command.themeCode()).size()
                || !new HashSet<>(command.statementIds())
                        .equals(new HashSet<>(draft.attachedTo(command.themeCode())))) {
            throw new EditionRuleViolation(
                    "The order must name every statement of theme " + command.themeCode() + ", each once.");
        }
        apply(new StatementsOrdered(editionId, command.themeCode(), command.statementIds()));
    }

    @CommandHandler
    void handle(RebaseDraft command) {
        if (command.basis().position() < draft.basis().position()) {
            throw new EditionRuleViolation("A draft never reads an earlier history than it did.");
        }
        apply(new DraftRebased(editionId, command.basis()));
    }

    /** Returns the number of the version published: one more than the last. */
    @CommandHandler
    int handle(PublishVersion command) {
        if (!draft.hasStatements()) {
            throw new EditionRuleViolation("A version holds one statement at least.");
        }
        if (draft.lastVersion() > 0 && !draft.changedSinceVersion()) {
            throw new EditionRuleViolation("Nothing changed since version " + draft.lastVersion() + ".");
        }
        int number = draft.lastVersion() + 1;
        apply(new VersionPublished(editionId, draft.version(number, command.at(), command.themeLabels())));
        return number;
    }

    @EventSourcingHandler
    void on(EditionEvent event) {
        if (event instanceof EditionCreated created) {
            editionId = created.editionId();
            draft = new EditionDraft();
        }
        draft.apply(event);
    }
}
