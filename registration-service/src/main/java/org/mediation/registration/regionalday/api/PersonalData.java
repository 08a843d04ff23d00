package org.mediation.registration.regionalday.api;

/**
 * What identifies a participant as a person, the organisation included (free text that may name someone, e.g.
 * "Indépendante – Jeanne Dupont"): kept in this service only, sealed, never published. {@code organisation} is null
 * when a registration recorded before it was sealed carries it in clear in its event (see {@link
 * ParticipantRegistered#organisation()}).
 */
public record PersonalData(String firstName, String lastName, String email, String organisation) {

    /** This person with {@code plain}, the organisation of an event recorded before it was sealed, if none sealed. */
    public PersonalData withOrganisationIfNone(String plain) {
        return organisation != null ? this : new PersonalData(firstName, lastName, email, plain);
    }
}
