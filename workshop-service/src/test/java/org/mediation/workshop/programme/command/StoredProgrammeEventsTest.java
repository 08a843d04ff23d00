package org.mediation.workshop.programme.command;

import org.mediation.platform.testing.StoredEventsContract;
import org.mediation.workshop.WorkshopServiceTest;

/** The events of {@link Programme} stay readable as they are stored ({@link StoredEventsContract}). */
class StoredProgrammeEventsTest extends WorkshopServiceTest implements StoredEventsContract {

    @Override
    public Class<?> aggregate() {
        return Programme.class;
    }
}
