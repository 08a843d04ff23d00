package org.mediation.resource.stand.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record OfferBody(@NotBlank @Size(max = 64) String resourceId) {}
