package org.mediation.resource.catalogue.command;

/** Only the region that published a resource revises, withdraws or shares it. */
public class NotTheOriginRegion extends RuntimeException {

    public NotTheOriginRegion(String originRegion) {
        super("Only the regional team of " + originRegion + ", where this resource comes from, may do this.");
    }
}
