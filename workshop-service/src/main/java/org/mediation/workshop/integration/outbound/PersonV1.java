package org.mediation.workshop.integration.outbound;

/** A facilitator assigned or a speaker added. */
record PersonV1(String workshopId, String regionalDayId, String name, String organisation)
        implements WorkshopEventData {}
