package org.mediation.workshop.workshop.command;

/** The number of seats of a workshop: at least one. */
record Capacity(int seats) {

    Capacity {
        if (seats <= 0) {
            throw new IllegalArgumentException("capacity must be greater than 0");
        }
    }
}
