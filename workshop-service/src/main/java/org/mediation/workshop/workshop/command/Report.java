package org.mediation.workshop.workshop.command;

import java.util.LinkedHashSet;
import java.util.Set;
import org.mediation.workshop.workshop.api.ReportStatus;

/** The rapporteur's report: its status, the ids of its live (not withdrawn) contributions and how many were recorded. */
final class Report {

    /**
     * A workshop of an afternoon records tens of contributions; 500 is ten times a busy one, and 500 contributions of
     * 4000 characters and 20 tags keep the workshop's view well under MongoDB's 16 MB per document.
     */
    static final int MAX_CONTRIBUTIONS = 500;

    private ReportStatus status = ReportStatus.DRAFT;
    private final Set<String> contributions = new LinkedHashSet<>();
    private int recorded;

    /** Rule: contributions are recorded, amended and withdrawn only while the report is a draft. */
    void requireDraft() {
        if (status != ReportStatus.DRAFT) {
            throw new RuleViolation("The report is " + lower(status)
                    + ": contributions can only be recorded, amended or withdrawn while it is a draft.");
        }
    }

    /**
     * Rule: a workshop records at most {@value #MAX_CONTRIBUTIONS} contributions, withdrawn ones included, so that
     * recording and withdrawing again and again grows nothing without bound.
     */
    void requireRoomForContribution() {
        if (recorded >= MAX_CONTRIBUTIONS) {
            throw new RuleViolation("The workshop already has " + MAX_CONTRIBUTIONS
                    + " contributions, withdrawn ones included: no more can be recorded.");
        }
    }

    /** Rule: only a live contribution of this report can be amended or withdrawn. */
    void requireContribution(String contributionId) {
        if (!contributions.contains(contributionId)) {
            throw new UnknownContribution(contributionId);
        }
    }

    /** Rule: a draft report is submitted only with at least one contribution. */
    void requireSubmittable() {
        if (status != ReportStatus.DRAFT) {
            throw new RuleViolation("Only a draft report can be submitted; this one is " + lower(status) + ".");
        }
        if (contributions.isEmpty()) {
            throw new RuleViolation("A report needs at least one contribution to be submitted.");
        }
    }

    /** Rule: only a submitted report is published or sent back to draft; a published report is frozen. */
    void requireSubmitted(String action) {
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolation(
                    "Only a submitted report can be " + action + "; this one is " + lower(status) + ".");
        }
    }

    int contributionCount() {
        return contributions.size();
    }

    void recorded(String contributionId) {
        contributions.add(contributionId);
        recorded++;
    }

    void withdrawn(String contributionId) {
        contributions.remove(contributionId);
    }

    void moveTo(ReportStatus next) {
        status = next;
    }

    private static String lower(ReportStatus status) {
        return status.name().toLowerCase();
    }
}
