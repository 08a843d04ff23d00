package org.mediation.workshop.workshop.command;

/** What planning needs of the national theme catalogue. */
public interface ThemeCatalogue {

    boolean knows(String code);

    /** A retired theme takes no new workshop. */
    boolean retired(String code);
}
