package org.mediation.registration.integration.outbound;

/** The data of events that only name their regional day (opened, closed). */
record RegionalDayRefV1(String regionalDayId) {
    static final String OPENED = "registration.RegistrationOpened.v1";

    static final String CLOSED = "registration.RegistrationClosed.v1";
}
