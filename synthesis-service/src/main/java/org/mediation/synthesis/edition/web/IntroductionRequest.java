package org.mediation.synthesis.edition.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A blank text removes the introduction. */
record IntroductionRequest(@NotNull @Size(max = 10_000) String text) {}
