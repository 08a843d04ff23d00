package org.mediation.registration.regionalday.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The public page takes registrations until the end of {@code closesOn}, or until the day itself when null. */
@Revision("1")
public record SelfRegistrationOpened(String dayId, LocalDate closesOn) {}
