package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.NotBlank;

/** {@code userId} is the {@code sub} of the rapporteur's token; they must hold the RAPPORTEUR role in this region. */
record RapporteurRequest(@NotBlank String userId, @NotBlank String name) {}
