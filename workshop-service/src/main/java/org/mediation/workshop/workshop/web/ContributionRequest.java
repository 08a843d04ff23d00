package org.mediation.workshop.workshop.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.mediation.workshop.workshop.api.ContributionKind;

/** {@code text}: 1 to 4000 characters; {@code tags}: optional, at most 20 of 1 to 50 characters. */
record ContributionRequest(
        @NotNull ContributionKind kind,
        @NotBlank @Size(max = 4000) String text,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags) {}
