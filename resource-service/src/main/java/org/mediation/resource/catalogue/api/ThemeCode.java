package org.mediation.resource.catalogue.api;

/** The codes of the national theme catalogue a resource can be tagged with. */
public enum ThemeCode {
    ACCESS_TO_RIGHTS,
    MEDIATOR_TRAINING,
    MEDIATION_NETWORK,
    ENVIRONMENT,
    TERRITORIAL_INTEGRATION
}
