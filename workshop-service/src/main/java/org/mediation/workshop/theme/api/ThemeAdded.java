package org.mediation.workshop.theme.api;

import org.axonframework.serialization.Revision;

/** A theme enters the national catalogue: its code, for ever, and its French and English labels. */
@Revision("1")
public record ThemeAdded(String code, String labelFr, String labelEn) {}
