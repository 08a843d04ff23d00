package org.mediation.resource.catalogue.api;

public enum ResourceKind {
    BIBLIOGRAPHY,
    EXPERIENCE_SHEET,
    BOOK,
    TOOLKIT,
    VIDEO
}
