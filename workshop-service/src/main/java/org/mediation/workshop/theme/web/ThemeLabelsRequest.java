package org.mediation.workshop.theme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ThemeLabelsRequest(
        @NotBlank @Size(max = 200) String labelFr,
        @NotBlank @Size(max = 200) String labelEn) {}
