package org.mediation.resource.catalogue.command;

/** The year a resource appeared: from the first printed books to a near future edition. */
record PublicationYear(int value) {

    PublicationYear {
        if (value < 1450 || value > 2100) {
            throw new IllegalArgumentException("year must be between 1450 and 2100, not " + value);
        }
    }
}
