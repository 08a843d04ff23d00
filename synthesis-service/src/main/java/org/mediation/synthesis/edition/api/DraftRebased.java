package org.mediation.synthesis.edition.api;

/** The draft reads a later history from now on: its statements stay, new contributions can be chosen. */
public record DraftRebased(String editionId, Basis basis) implements EditionEvent {}
