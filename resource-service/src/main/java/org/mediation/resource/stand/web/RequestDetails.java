package org.mediation.resource.stand.web;

import jakarta.validation.constraints.Pattern;

/** The optional body of a request: the participant's registration id, when they gave it. */
record RequestDetails(
        @Pattern(
                regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                message = "must be a registration id (UUID)")
        String registrationId) {}
