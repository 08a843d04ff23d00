package org.mediation.workshop.workshop.api;

/** DRAFT → SUBMITTED → PUBLISHED (frozen), or SUBMITTED → DRAFT again when reopened. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED
}
