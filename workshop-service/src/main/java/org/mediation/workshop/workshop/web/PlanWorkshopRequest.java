package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

record PlanWorkshopRequest(
        @NotBlank String regionalDayId,
        @NotBlank String themeCode,
        @NotBlank String title,
        @NotNull Integer capacity) {}
