package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ReopenRequest(@NotBlank @Size(max = 2000) String reason) {}
