package org.mediation.registration.regionalday.search;

import java.util.List;

/** The registrations a search found first, by name ({@code ids}), and how many it found in all. */
public record Matches(List<String> ids, int total) {}
