package org.mediation.registration.regionalday.api;

import org.axonframework.serialization.Revision;

/**
 * Someone registered on the public page with the email of {@code registrationId}, already registered: its holder is
 * told by email, and the page answered as for anyone else. Internal, never published; no personal data.
 */
@Revision("1")
public record SelfRegistrationRepeated(String dayId, String registrationId) {}
