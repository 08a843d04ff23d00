package org.mediation.synthesis.edition.api;

/** An event of a national restitution's edition: internal to synthesis; only a published version is announced. */
public sealed interface EditionEvent
        permits EditionCreated,
                IntroductionWritten,
                StatementWritten,
                StatementRemoved,
                StatementsOrdered,
                DraftRebased,
                VersionPublished {

    String editionId();
}
