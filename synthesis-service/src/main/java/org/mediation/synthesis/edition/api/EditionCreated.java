package org.mediation.synthesis.edition.api;

import java.time.LocalDate;

/** An edition of the regional days from {@code from} to {@code to}, drafted from the history at {@code basis}. */
public record EditionCreated(String editionId, String title, LocalDate from, LocalDate to, Basis basis)
        implements EditionEvent {}
