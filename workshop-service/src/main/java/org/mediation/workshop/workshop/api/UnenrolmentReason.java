package org.mediation.workshop.workshop.api;

/** Why a registration left a workshop; today only its cancellation at the registration desk removes it. */
public enum UnenrolmentReason {
    REGISTRATION_CANCELLED
}
