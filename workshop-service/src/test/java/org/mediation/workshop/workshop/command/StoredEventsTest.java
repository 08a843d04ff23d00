package org.mediation.workshop.workshop.command;

import org.axonframework.serialization.Serializer;
import org.mediation.platform.testing.StoredEventsContract;
import org.mediation.workshop.WorkshopServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The events of {@link Workshop} stay readable as they are stored ({@link StoredEventsContract}). */
class StoredEventsTest extends WorkshopServiceTest implements StoredEventsContract {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Override
    public Serializer eventSerializer() {
        return serializer;
    }

    @Override
    public Class<?> aggregate() {
        return Workshop.class;
    }

    @Override
    public String eventsPackage() {
        return "org.mediation.workshop.workshop.api";
    }
}
