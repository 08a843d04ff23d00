package org.mediation.registration.regionalday.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

record ChangeCapacityRequest(@NotNull @Positive Integer capacity) {}
