package org.mediation.synthesis.edition.api;

import java.time.Instant;

/**
 * Where an edition's draft reads the history: the machine restitution as of {@code asOf}, which folded the history up
 * to number {@code position}. Asking {@code GET /api/national/restitution} again with that {@code asOf} gives it back.
 */
public record Basis(Instant asOf, long position) {}
