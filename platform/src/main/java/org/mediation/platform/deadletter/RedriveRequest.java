package org.mediation.platform.deadletter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an operator re-drives dead letters: kept in the audit log. */
record RedriveRequest(@NotBlank @Size(max = 500) String reason) {}
