package org.mediation.registration.regionalday.command;

import org.axonframework.serialization.Serializer;
import org.mediation.platform.testing.StoredEventsContract;
import org.mediation.registration.RegistrationServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The events of {@link RegionalDay} stay readable as they are stored ({@link StoredEventsContract}). */
class StoredEventsTest extends RegistrationServiceTest implements StoredEventsContract {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Override
    public Serializer eventSerializer() {
        return serializer;
    }

    @Override
    public Class<?> aggregate() {
        return RegionalDay.class;
    }

    @Override
    public String eventsPackage() {
        return "org.mediation.registration.regionalday.api";
    }
}
