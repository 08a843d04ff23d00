package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

record PlanWorkshopRequest(
        @NotBlank @Size(max = 64) String regionalDayId,
        @NotBlank @Size(max = 64) String themeCode,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Positive @Max(10_000) Integer capacity) {}
