package org.mediation.synthesis.edition.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record NewEditionRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate from,
        @NotNull LocalDate to) {}
