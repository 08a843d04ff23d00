package org.mediation.registration.regionalday.web;

import org.mediation.registration.regionalday.query.RegistrationView;

/**
 * One registration without any personal data: the list's items unless personal data is asked for, and the answer to
 * a cancellation or a check-in (which send none).
 */
record RegistrationSummary(String id, String status, boolean checkedIn, String category, boolean personalDataErased) {

    static RegistrationSummary of(RegistrationView view) {
        return new RegistrationSummary(view.id(), view.status(), view.checkedIn(), view.category(), view.isErased());
    }
}
