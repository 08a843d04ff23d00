package org.mediation.registration.regionalday.command;

/** The number of seats of a regional day: at least one. */
record Capacity(int seats) {

    Capacity {
        if (seats <= 0) {
            throw new IllegalArgumentException("capacity must be greater than 0");
        }
    }
}
