package org.mediation.workshop.theme.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.mediation.workshop.theme.api.AddTheme;
import org.mediation.workshop.theme.api.RelabelTheme;
import org.mediation.workshop.theme.api.RetireTheme;
import org.mediation.workshop.theme.api.ThemeAdded;
import org.mediation.workshop.theme.api.ThemeRelabelled;
import org.mediation.workshop.theme.api.ThemeRetired;

/**
 * One theme of the national catalogue, identified by its code for ever: added by the national office, relabelled,
 * retired (no new workshop on it). A second theme of the same code cannot be added: its stream exists already.
 */
@Aggregate
class Theme {

    @AggregateIdentifier
    private String code;

    private ThemeLabels labels;
    private boolean retired;

    Theme() {}

    @CommandHandler
    Theme(AddTheme command) {
        ThemeCode code = new ThemeCode(command.code());
        ThemeLabels labels = new ThemeLabels(command.labelFr(), command.labelEn());
        apply(new ThemeAdded(code.value(), labels.fr(), labels.en()));
    }

    /** The same labels again change nothing. */
    @CommandHandler
    void handle(RelabelTheme command) {
        ThemeLabels relabelled = new ThemeLabels(command.labelFr(), command.labelEn());
        if (!relabelled.equals(labels)) {
            apply(new ThemeRelabelled(code, relabelled.fr(), relabelled.en()));
        }
    }

    /** Retiring a retired theme changes nothing. */
    @CommandHandler
    void handle(RetireTheme command) {
        if (!retired) {
            apply(new ThemeRetired(code));
        }
    }

    @EventSourcingHandler
    void on(ThemeAdded event) {
        code = event.code();
        labels = new ThemeLabels(event.labelFr(), event.labelEn());
    }

    @EventSourcingHandler
    void on(ThemeRelabelled event) {
        labels = new ThemeLabels(event.labelFr(), event.labelEn());
    }

    @EventSourcingHandler
    void on(ThemeRetired event) {
        retired = true;
    }
}
