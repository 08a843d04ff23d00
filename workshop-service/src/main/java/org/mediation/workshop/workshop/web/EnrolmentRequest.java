package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record EnrolmentRequest(@NotBlank @Size(max = 64) String registrationId) {}
