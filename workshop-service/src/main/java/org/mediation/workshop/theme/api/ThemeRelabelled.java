package org.mediation.workshop.theme.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ThemeRelabelled(String code, String labelFr, String labelEn) {}
