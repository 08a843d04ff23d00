package org.mediation.resource.catalogue.api;

import java.time.LocalDate;

public record ResourceOfferedAtStand(String resourceId, String regionalDayId, String region, LocalDate dayDate) {}
