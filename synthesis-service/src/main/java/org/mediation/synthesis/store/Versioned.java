package org.mediation.synthesis.store;

/** A projection state as stored, with the version it was stored at. */
public record Versioned<T>(long version, T state) {}
