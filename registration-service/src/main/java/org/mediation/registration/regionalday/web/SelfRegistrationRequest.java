package org.mediation.registration.regionalday.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.PersonalData;

/**
 * The public page's form: the person, their consent to the privacy notice, and {@code website}, a field hidden from
 * people that only robots fill in (a honeypot).
 */
record SelfRegistrationRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull ParticipantCategory category,
        @Size(max = 200) String organisation,

        @AssertTrue(message = "the privacy notice must be accepted")
        boolean consent,

        @Size(max = 200) String website) {

    boolean filledByARobot() {
        return website != null && !website.isEmpty();
    }

    PersonalData personalData() {
        return new RegisterParticipantRequest(firstName, lastName, email, category, organisation).personalData();
    }
}
