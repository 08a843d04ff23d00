package org.mediation.registration.regionalday.api;

public record CapacityChanged(String dayId, int capacity) {}
