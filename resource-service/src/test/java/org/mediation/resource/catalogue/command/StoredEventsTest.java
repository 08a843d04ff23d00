package org.mediation.resource.catalogue.command;

import org.axonframework.serialization.Serializer;
import org.mediation.platform.testing.StoredEventsContract;
import org.mediation.resource.ResourceServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The events of {@link Resource} stay readable as they are stored ({@link StoredEventsContract}). */
class StoredEventsTest extends ResourceServiceTest implements StoredEventsContract {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Override
    public Serializer eventSerializer() {
        return serializer;
    }

    @Override
    public Class<?> aggregate() {
        return Resource.class;
    }

    @Override
    public String eventsPackage() {
        return "org.mediation.resource.catalogue.api";
    }
}
