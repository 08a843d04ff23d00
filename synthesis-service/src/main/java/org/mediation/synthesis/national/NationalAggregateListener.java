package org.mediation.synthesis.national;

/** Told of each (debounced) change of the national aggregate: the Kafka stream and the SSE subscribers. */
public interface NationalAggregateListener {

    void updated(NationalAggregate aggregate);
}
