package org.mediation.registration.regionalday.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

record ChangeCapacityRequest(
        @NotNull @Positive @Max(100_000) Integer capacity) {}
