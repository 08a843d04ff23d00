package org.mediation.synthesis.integration.outbound;

import java.time.Instant;
import java.util.UUID;
import org.mediation.synthesis.national.NationalAggregate;

/** The published CloudEvent (structured JSON mode) carrying the national aggregate. */
record NationalAggregateUpdated(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        NationalAggregate data) {

    static final String TYPE = "synthesis.NationalAggregateUpdated.v1";
    static final String SUBJECT = "national";

    static NationalAggregateUpdated of(NationalAggregate aggregate) {
        return new NationalAggregateUpdated(
                "1.0",
                UUID.randomUUID().toString(),
                "/synthesis",
                TYPE,
                SUBJECT,
                aggregate.asOf(),
                "application/json",
                aggregate);
    }
}
