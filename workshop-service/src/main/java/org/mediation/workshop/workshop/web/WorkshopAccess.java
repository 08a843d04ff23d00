package org.mediation.workshop.workshop.web;

import org.mediation.workshop.access.Access;
import org.mediation.workshop.workshop.query.WorkshopView;
import org.mediation.workshop.workshop.query.WorkshopViews;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Finds a workshop (404 when unknown) and checks that the caller may act on it (403 otherwise). */
@Component
class WorkshopAccess {

    private final WorkshopViews views;

    WorkshopAccess(WorkshopViews views) {
        this.views = views;
    }

    WorkshopView toRead(Jwt jwt, String workshopId) {
        WorkshopView workshop = find(workshopId);
        Access.of(jwt).requireReaderOf(workshop.region());
        return workshop;
    }

    WorkshopView toPlan(Jwt jwt, String workshopId) {
        WorkshopView workshop = find(workshopId);
        Access.of(jwt).requireRegionalTeamOf(workshop.region());
        return workshop;
    }

    WorkshopView toRecord(Jwt jwt, String workshopId) {
        WorkshopView workshop = find(workshopId);
        Access.of(jwt).requireRecorderOf(workshop.region(), workshop.rapporteurUserId());
        return workshop;
    }

    WorkshopView find(String workshopId) {
        return views.find(workshopId).orElseThrow(() -> new UnknownWorkshop(workshopId));
    }
}
