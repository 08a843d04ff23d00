package org.mediation.registration.regionalday.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.PersonalData;

record RegisterParticipantRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull ParticipantCategory category,
        @Size(max = 200) String organisation) {

    /** The organisation is optional (a walk-in, a person on their own): blank is none. */
    PersonalData personalData() {
        String none = organisation == null || organisation.isBlank() ? null : organisation.strip();
        return new PersonalData(firstName.strip(), lastName.strip(), email.strip(), none);
    }
}
