package org.mediation.registration.regionalday.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record SelfRegistrationClosed(String dayId) {}
