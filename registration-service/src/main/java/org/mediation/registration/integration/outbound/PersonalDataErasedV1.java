package org.mediation.registration.integration.outbound;

/** A participant's personal data was erased: the ids only, so other contexts drop their link to the registration. */
record PersonalDataErasedV1(String regionalDayId, String registrationId) {

    static final String TYPE = "registration.PersonalDataErased.v1";
}
