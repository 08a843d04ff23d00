package org.mediation.registration.regionalday.web;

import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.query.RegistrationView;

/**
 * One registration with its personal data, for its regional team when asked for (and audited); names, email and
 * organisation are null once the personal data is erased.
 */
record RegistrationDetails(
        String id,
        String status,
        boolean checkedIn,
        String category,
        String organisation,
        String firstName,
        String lastName,
        String email,
        boolean personalDataErased) {

    /** {@code person} is null when the personal data can no longer be opened. */
    static RegistrationDetails of(RegistrationView view, PersonalData person) {
        return new RegistrationDetails(
                view.id(),
                view.status(),
                view.checkedIn(),
                view.category(),
                person == null ? null : person.organisation(),
                person == null ? null : person.firstName(),
                person == null ? null : person.lastName(),
                person == null ? null : person.email(),
                person == null);
    }

    boolean opened() {
        return !personalDataErased;
    }
}
