package org.mediation.synthesis.edition.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

record OrderRequest(@NotNull @Size(max = 1_000) List<@NotNull String> statements) {}
