package org.mediation.registration.personallink;

import java.time.LocalDate;

/** What a personal link opens: one registration of one day, until the end of {@code validUntil} (the day itself). */
public record PersonalLink(String dayId, String registrationId, LocalDate validUntil) {}
