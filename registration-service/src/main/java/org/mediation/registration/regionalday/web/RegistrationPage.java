package org.mediation.registration.regionalday.web;

import java.util.List;

/**
 * One page of a day's registrations in order of arrival ({@link RegistrationSummary}s, or {@link
 * RegistrationDetails} when personal data is asked for); {@code total} counts every page.
 */
record RegistrationPage<T>(List<T> items, int page, int size, long total) {}
