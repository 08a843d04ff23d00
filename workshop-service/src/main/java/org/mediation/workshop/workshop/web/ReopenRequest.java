package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.NotBlank;

record ReopenRequest(@NotBlank String reason) {}
