package org.mediation.workshop.theme.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.model.Sorts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.mediation.workshop.theme.api.ThemeAdded;
import org.mediation.workshop.theme.api.ThemeRelabelled;
import org.mediation.workshop.theme.api.ThemeRetired;
import org.springframework.stereotype.Component;

/**
 * Keeps the catalogue's read model in the command's unit of work (subscribing): an added theme takes the next rank,
 * once (a redelivered addition finds its theme and changes nothing); relabelling and retiring set what they say.
 */
@Component
@ProcessingGroup("theme-views")
class ThemeProjection {

    private final Themes themes;

    ThemeProjection(Themes themes) {
        this.themes = themes;
    }

    @EventHandler
    void on(ThemeAdded event) {
        if (themes.knows(event.code())) {
            return;
        }
        ThemeView last =
                themes.collection().find().sort(Sorts.descending("rank")).first();
        themes.collection()
                .insertOne(new ThemeView(
                        event.code(), event.labelFr(), event.labelEn(), false, last == null ? 1 : last.rank() + 1));
    }

    @EventHandler
    void on(ThemeRelabelled event) {
        themes.collection()
                .updateOne(eq(event.code()), combine(set("labelFr", event.labelFr()), set("labelEn", event.labelEn())));
    }

    @EventHandler
    void on(ThemeRetired event) {
        themes.collection().updateOne(eq(event.code()), set("retired", true));
    }
}
