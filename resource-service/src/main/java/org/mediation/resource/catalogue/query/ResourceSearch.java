package org.mediation.resource.catalogue.query;

import org.mediation.resource.catalogue.api.ResourceKind;
import org.mediation.resource.catalogue.api.ThemeCode;

/** Criteria of a catalogue search; null criteria do not filter. {@code text} matches title or authors. */
public record ResourceSearch(ThemeCode themeCode, ResourceKind kind, String text, boolean includeWithdrawn) {}
