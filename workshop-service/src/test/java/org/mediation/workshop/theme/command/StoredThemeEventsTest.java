package org.mediation.workshop.theme.command;

import org.mediation.platform.testing.StoredEventsContract;
import org.mediation.workshop.WorkshopServiceTest;

/** The events of {@link Theme} stay readable as they are stored ({@link StoredEventsContract}). */
class StoredThemeEventsTest extends WorkshopServiceTest implements StoredEventsContract {

    @Override
    public Class<?> aggregate() {
        return Theme.class;
    }
}
