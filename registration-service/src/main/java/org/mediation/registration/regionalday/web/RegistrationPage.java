package org.mediation.registration.regionalday.web;

import java.util.List;

/** One page of a day's registrations in order of arrival; {@code total} counts every page. */
record RegistrationPage(List<RegistrationDetails> items, int page, int size, long total) {}
