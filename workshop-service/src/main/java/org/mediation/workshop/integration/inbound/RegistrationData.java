package org.mediation.workshop.integration.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What this service reads of the registration events ({@code ParticipantRegistered}, {@code
 * WaitlistedParticipantPromoted}, {@code RegistrationCancelled}); {@code status} only comes with the first.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistrationData(String regionalDayId, String registrationId, String status) {

    static final String REGISTERED = "registration.ParticipantRegistered.v1";
    static final String PROMOTED = "registration.WaitlistedParticipantPromoted.v1";
    static final String CANCELLED = "registration.RegistrationCancelled.v1";
    static final String ERASED = "registration.PersonalDataErased.v1";
}
