package org.mediation.resource.catalogue.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ResourceOfferedAtStand(String resourceId, String regionalDayId, String region, LocalDate dayDate) {}
