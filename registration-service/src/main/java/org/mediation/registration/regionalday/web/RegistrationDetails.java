package org.mediation.registration.regionalday.web;

import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.query.RegistrationView;

/** One registration for its regional team; names and email are null once the personal data is erased. */
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
                view.organisation(),
                person == null ? null : person.firstName(),
                person == null ? null : person.lastName(),
                person == null ? null : person.email(),
                person == null);
    }
}
