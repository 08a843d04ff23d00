package org.mediation.synthesis.edition.api;

/** A numbered version frozen as it was published: the whole document, never changed afterwards. */
public record VersionPublished(String editionId, PublishedVersion version) implements EditionEvent {}
