package org.mediation.synthesis.edition.api;

/** The national office's introduction to a theme of the edition (blank: none). */
public record IntroductionWritten(String editionId, String themeCode, String text) implements EditionEvent {}
