package org.mediation.workshop.theme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record NewThemeRequest(
        @NotBlank @Pattern(regexp = "^[A-Z][A-Z_]{2,40}$") String code,
        @NotBlank @Size(max = 200) String labelFr,
        @NotBlank @Size(max = 200) String labelEn) {}
