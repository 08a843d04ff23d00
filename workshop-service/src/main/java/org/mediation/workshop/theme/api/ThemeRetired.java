package org.mediation.workshop.theme.api;

import org.axonframework.serialization.Revision;

/** No new workshop on this theme; those planned keep it, and its history stays. */
@Revision("1")
public record ThemeRetired(String code) {}
