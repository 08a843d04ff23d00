package org.mediation.registration.regionalday.command;

/** The number of seats of a regional day: at least one, at most {@value #MAX_SEATS}, when scheduled as when changed. */
record Capacity(int seats) {

    static final int MAX_SEATS = 100_000;

    Capacity {
        if (seats <= 0) {
            throw new IllegalArgumentException("capacity must be greater than 0");
        }
        if (seats > MAX_SEATS) {
            throw new IllegalArgumentException("capacity must be at most " + MAX_SEATS);
        }
    }
}
