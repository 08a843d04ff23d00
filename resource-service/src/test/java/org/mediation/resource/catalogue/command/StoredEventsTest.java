package org.mediation.resource.catalogue.command;

import org.mediation.platform.testing.StoredEventsContract;
import org.mediation.resource.ResourceServiceTest;

/** The events of {@link Resource} stay readable as they are stored ({@link StoredEventsContract}). */
class StoredEventsTest extends ResourceServiceTest implements StoredEventsContract {

    @Override
    public Class<?> aggregate() {
        return Resource.class;
    }
}
