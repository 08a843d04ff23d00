package org.mediation.workshop.integration.outbound;

/** The data of every published workshop event names its workshop: the subject and record key. */
interface WorkshopEventData {

    String workshopId();
}
