package org.mediation.resource.catalogue.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** {@code removedFromDays}: the regional days after {@code withdrawnOn} whose stands no longer offer it. */
@Revision("1")
public record ResourceWithdrawn(
        String resourceId, String originRegion, LocalDate withdrawnOn, List<String> removedFromDays) {}
