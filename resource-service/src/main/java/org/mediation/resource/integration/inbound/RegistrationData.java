package org.mediation.resource.integration.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a stand needs of the registration events that name one registration: its id and its day, nothing of the
 * person (tolerant reader: {@code status}, {@code category}, v1's {@code organisation} are not read).
 * {@code ParticipantRegistered.v2} is v1 without {@code organisation}: both read the same.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistrationData(String regionalDayId, String registrationId) {

    static final String REGISTERED_V1 = "registration.ParticipantRegistered.v1";
    static final String REGISTERED_V2 = "registration.ParticipantRegistered.v2";
    static final String CANCELLED = "registration.RegistrationCancelled.v1";
    static final String ERASED = "registration.PersonalDataErased.v1";

    RegistrationData {
        if (regionalDayId == null || regionalDayId.isBlank() || registrationId == null || registrationId.isBlank()) {
            throw new IllegalArgumentException("a registration event without regionalDayId or registrationId");
        }
    }
}
