package org.mediation.synthesis.edition.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;
import org.mediation.synthesis.edition.command.EditionDraft;

/**
 * An edition as its editor reads it: the draft and its versions, and {@code flaggedSources}, the sources (by
 * contribution id) amended ({@code AMENDED}) or no longer published ({@code WITHDRAWN}) since they were chosen.
 */
record EditionAnswer(@JsonUnwrapped EditionDraft draft, Map<String, String> flaggedSources) {}
