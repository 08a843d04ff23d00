package org.mediation.workshop.workshop.query;

public record RapporteurView(String userId, String name) {}
