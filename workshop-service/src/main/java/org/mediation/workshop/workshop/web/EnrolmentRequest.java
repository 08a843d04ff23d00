package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.NotBlank;

record EnrolmentRequest(@NotBlank String registrationId) {}
