package org.mediation.registration.regionalday.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record ScheduleRegionalDayRequest(
        @NotBlank @Size(max = 10) String region,
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 200) String venue,
        @NotNull @Positive @Max(100_000) Integer capacity) {}
