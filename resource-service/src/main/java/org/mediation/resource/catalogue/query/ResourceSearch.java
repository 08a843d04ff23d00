package org.mediation.resource.catalogue.query;

import org.mediation.resource.catalogue.api.ResourceKind;

/** Criteria of a catalogue search; null criteria do not filter. {@code text} matches title or authors. */
public record ResourceSearch(String themeCode, ResourceKind kind, String text, boolean includeWithdrawn) {}
