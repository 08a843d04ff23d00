package org.mediation.workshop.workshop.api;

/** What a contribution records: a finding from the field, a problem met, a proposal, a practice, an open debate. */
public enum ContributionKind {
    FINDING,
    PROBLEM,
    PROPOSAL,
    PRACTICE,
    DEBATE
}
