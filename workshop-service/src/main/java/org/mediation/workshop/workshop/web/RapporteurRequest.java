package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code userId} is the {@code sub} of the rapporteur's token; they must hold the RAPPORTEUR role in this region. */
record RapporteurRequest(
        @NotBlank @Size(max = 200) String userId,
        @NotBlank @Size(max = 200) String name) {}
