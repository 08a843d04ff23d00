package org.mediation.synthesis.history;

/**
 * The published types synthesis reads: its own copy of the producers' names (a contract test proves each equals the
 * type of a sample in {@code docs/contracts}). Types not named here are recorded in the history and change nothing.
 */
public final class ConsumedTypes {

    public static final String DAY_SCHEDULED = "registration.RegionalDayScheduled.v1";
    public static final String REGISTRATION_OPENED = "registration.RegistrationOpened.v1";
    public static final String REGISTRATION_CLOSED = "registration.RegistrationClosed.v1";
    public static final String CAPACITY_CHANGED = "registration.CapacityChanged.v1";
    public static final String PARTICIPANT_REGISTERED = "registration.ParticipantRegistered.v1";
    /** The same registration as v1, without the organisation (personal data since issue 28): read the same way. */
    public static final String PARTICIPANT_REGISTERED_V2 = "registration.ParticipantRegistered.v2";

    public static final String PARTICIPANT_WAITLISTED = "registration.ParticipantWaitlisted.v1";
    public static final String PARTICIPANT_PROMOTED = "registration.WaitlistedParticipantPromoted.v1";
    public static final String REGISTRATION_CANCELLED = "registration.RegistrationCancelled.v1";
    public static final String PARTICIPANT_CHECKED_IN = "registration.ParticipantCheckedIn.v1";
    public static final String CHECK_IN_UNDONE = "registration.CheckInUndone.v1";

    public static final String WORKSHOP_PLANNED = "workshop.WorkshopPlanned.v1";
    public static final String RAPPORTEUR_ASSIGNED = "workshop.RapporteurAssigned.v1";
    public static final String PARTICIPANT_ENROLLED = "workshop.ParticipantEnrolled.v1";
    public static final String PARTICIPANT_UNENROLLED = "workshop.ParticipantUnenrolled.v1";
    public static final String CONTRIBUTION_RECORDED = "workshop.ContributionRecorded.v1";
    public static final String CONTRIBUTION_AMENDED = "workshop.ContributionAmended.v1";
    public static final String CONTRIBUTION_WITHDRAWN = "workshop.ContributionWithdrawn.v1";
    public static final String REPORT_SUBMITTED = "workshop.ReportSubmitted.v1";
    public static final String REPORT_REOPENED = "workshop.ReportReopened.v1";
    public static final String REPORT_PUBLISHED = "workshop.ReportPublished.v1";

    /** The theme catalogue workshop-service owns (subject {@code theme-catalogue}): no workshop, no day. */
    public static final String THEME_ADDED = "workshop.ThemeAdded.v1";

    public static final String THEME_RELABELLED = "workshop.ThemeRelabelled.v1";
    public static final String THEME_RETIRED = "workshop.ThemeRetired.v1";

    public static final String RESOURCE_PUBLISHED = "resource.ResourcePublished.v1";
    public static final String RESOURCE_REVISED = "resource.ResourceRevised.v1";
    public static final String RESOURCE_WITHDRAWN = "resource.ResourceWithdrawn.v1";
    public static final String RESOURCE_SHARED = "resource.ResourceShared.v1";
    public static final String RESOURCE_OFFERED_AT_STAND = "resource.ResourceOfferedAtStand.v1";
    public static final String RESOURCE_REQUESTED = "resource.ResourceRequested.v1";

    public static final String REGISTRATION_PREFIX = "registration.";
    public static final String WORKSHOP_PREFIX = "workshop.";
    public static final String RESOURCE_PREFIX = "resource.";

    private ConsumedTypes() {}
}
