package org.mediation.workshop.integration.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What this service reads of the registration events ({@code ParticipantRegistered} v1 and v2, {@code
 * WaitlistedParticipantPromoted}, {@code RegistrationCancelled}, {@code PersonalDataErased}); {@code status} only comes
 * with the first. The two versions of {@code ParticipantRegistered} mean the same here: v2 only drops the
 * organisation, which this service never read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistrationData(String regionalDayId, String registrationId, String status) {

    static final String REGISTERED = "registration.ParticipantRegistered.v1";
    static final String REGISTERED_V2 = "registration.ParticipantRegistered.v2";
    static final String PROMOTED = "registration.WaitlistedParticipantPromoted.v1";
    static final String CANCELLED = "registration.RegistrationCancelled.v1";
    static final String ERASED = "registration.PersonalDataErased.v1";
}
