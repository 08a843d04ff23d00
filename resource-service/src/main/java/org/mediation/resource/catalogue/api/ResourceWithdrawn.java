package org.mediation.resource.catalogue.api;

import java.time.LocalDate;
import java.util.List;

/** {@code removedFromDays}: the regional days after {@code withdrawnOn} whose stands no longer offer it. */
public record ResourceWithdrawn(
        String resourceId, String originRegion, LocalDate withdrawnOn, List<String> removedFromDays) {}
