package org.mediation.workshop.workshop.command;

import org.mediation.platform.testing.StoredEventsContract;
import org.mediation.workshop.WorkshopServiceTest;

/** The events of {@link Workshop} stay readable as they are stored ({@link StoredEventsContract}). */
class StoredEventsTest extends WorkshopServiceTest implements StoredEventsContract {

    @Override
    public Class<?> aggregate() {
        return Workshop.class;
    }
}
