package org.mediation.registration.regionalday.search;

import java.util.Comparator;
import org.mediation.registration.regionalday.api.PersonalData;

/** What the search holds of one registration: its id and its names and email, normalised ({@link SearchText}). */
record SearchableRegistration(String id, String lastName, String firstName, String email) {

    /** By last name, then first name (as normalised), then id so that namesakes keep one order. */
    static final Comparator<SearchableRegistration> BY_NAME = Comparator.comparing(SearchableRegistration::lastName)
            .thenComparing(SearchableRegistration::firstName)
            .thenComparing(SearchableRegistration::id);

    static SearchableRegistration of(String id, PersonalData person) {
        return new SearchableRegistration(
                id,
                SearchText.normalised(person.lastName()),
                SearchText.normalised(person.firstName()),
                SearchText.normalised(person.email()));
    }

    boolean matches(DeskQuery query) {
        return lastName.contains(query.text()) || firstName.contains(query.text()) || email.contains(query.text());
    }
}
