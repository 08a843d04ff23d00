package org.mediation.resource.stand.web;

import jakarta.validation.constraints.NotBlank;

record OfferBody(@NotBlank String resourceId) {}
