package org.mediation.registration.regionalday.command;

import org.mediation.platform.testing.StoredEventsContract;
import org.mediation.registration.RegistrationServiceTest;

/** The events of {@link RegionalDay} stay readable as they are stored ({@link StoredEventsContract}). */
class StoredEventsTest extends RegistrationServiceTest implements StoredEventsContract {

    @Override
    public Class<?> aggregate() {
        return RegionalDay.class;
    }
}
