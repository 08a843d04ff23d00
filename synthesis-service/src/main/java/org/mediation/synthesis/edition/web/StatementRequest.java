package org.mediation.synthesis.edition.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A statement's wording, the themes it is attached to and the contribution ids it is made from. */
record StatementRequest(
        @NotBlank @Size(max = 4_000) String text,
        @NotEmpty @Size(max = 20) List<@NotBlank String> themes,
        @NotEmpty @Size(max = 100) List<@NotBlank String> sources) {}
