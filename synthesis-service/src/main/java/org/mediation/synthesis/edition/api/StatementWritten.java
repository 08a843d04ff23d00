package org.mediation.synthesis.edition.api;

import java.util.List;

/** A statement written or rewritten: its own wording, the themes it is attached to, the contributions it came from. */
public record StatementWritten(
        String editionId, String statementId, String text, List<String> themes, List<StatementSource> sources)
        implements EditionEvent {}
