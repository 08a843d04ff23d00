package org.mediation.registration.regionalday.web;

import org.mediation.registration.regionalday.api.RegistrationStatus;

record RegistrationResponse(String id, String regionalDayId, RegistrationStatus status) {}
