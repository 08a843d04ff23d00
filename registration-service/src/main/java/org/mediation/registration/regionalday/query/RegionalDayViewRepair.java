package org.mediation.registration.regionalday.query;

import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.include;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The views are written after their event was stored, without a transaction: a store failure in between, or a kill,
 * leaves a day's views behind its events. After the start, and once failures stopped for {@code settle}, this finds
 * the days whose view has not applied the last event the store holds for them (one figure per day, computed by the
 * store) and catches each up from the first event its views missed, reading the day's events a batch at a time. A
 * view applies only the event right after its last one, so the catch-up either reaches the store, or stops at the
 * first event it cannot apply: a day still behind after a few attempts is given up and reported ({@link
 * UnrepairableViews}), never tried again and again.
 */
@Component
class RegionalDayViewRepair implements ListenerInvocationErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(RegionalDayViewRepair.class);

    /** When a view last failed (the start counts as one: a kill may have left a view behind); null once repaired. */
    private final AtomicReference<Instant> failedAt = new AtomicReference<>(Instant.now());
    /** The first event each day's views missed, as the failures told it (one entry per day at most). */
    private final Map<String, Long> missedFrom = new ConcurrentHashMap<>();

    private final RegionalDayViews days;
    private final Duration settle;
    private final MongoTemplate axonMongoTemplate;
    private final EventStorageEngine store;
    private final EventHandlerInvoker projections;
    private final UnrepairableViews unrepairable;

    RegionalDayViewRepair(
            RegionalDayViews days,
            MongoTemplate axonMongoTemplate,
            EventStorageEngine store,
            RegionalDayProjection dayProjection,
            RegistrationProjection registrationProjection,
            UnrepairableViews unrepairable,
            @Value("${regional-days.views.repair-settle:PT5S}") Duration settle) {
        this.days = days;
        this.settle = settle;
        this.axonMongoTemplate = axonMongoTemplate;
        this.store = store;
        this.unrepairable = unrepairable;
        this.projections = SimpleEventHandlerInvoker.builder()
                .eventHandlers(dayProjection, registrationProjection)
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build();
    }

    @Autowired
    void watch(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(RegionalDayViews.PROCESSING_GROUP, configuration -> this);
    }

    /** A view missed its event: the command stands (the event is stored), the view is repaired shortly. */
    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler eventHandler) {
        if (event instanceof DomainEventMessage<?> missed) {
            if (unrepairable.givenUp(missed.getAggregateIdentifier())) {
                return;
            }
            missedFrom.merge(missed.getAggregateIdentifier(), missed.getSequenceNumber(), Math::min);
        }
        log.warn(
                "A view missed event {}; it will be caught up from the store: {}",
                event.getIdentifier(),
                exception.toString());
        failedAt.set(Instant.now());
    }

    @Scheduled(
            fixedDelayString = "${regional-days.views.repair-interval:PT5S}",
            initialDelayString = "${regional-days.views.repair-interval:PT5S}")
    void repairIfNeeded() {
        Instant since = failedAt.get();
        if (since == null || Instant.now().isBefore(since.plus(settle)) || !failedAt.compareAndSet(since, null)) {
            return;
        }
        try {
            if (repair() > 0) {
                failedAt.compareAndSet(null, Instant.now());
            }
        } catch (RuntimeException e) {
            log.warn("The views could not be checked yet: {}", e.toString());
            failedAt.compareAndSet(null, Instant.now());
        }
    }

    /**
     * Catches up the days whose view has not applied an event stored more than {@code settle} ago (a younger one may
     * belong to a command still running), but those given up; answers how many are still behind.
     */
    int repair() {
        Map<String, Long> viewed = new HashMap<>();
        days.collection()
                .withDocumentClass(Document.class)
                .find()
                .projection(include("sequence"))
                .forEach(view -> viewed.put(view.getString("_id"), ((Number) view.get("sequence")).longValue()));
        Map<String, Long> stored = lastStored();
        Set<String> toRepair = new HashSet<>(missedFrom.keySet());
        stored.forEach((dayId, last) -> {
            if (viewed.getOrDefault(dayId, -1L) < last) {
                toRepair.add(dayId);
            }
        });
        int behind = 0;
        for (String dayId : toRepair) {
            long view = viewed.getOrDefault(dayId, -1L);
            if (!unrepairable.givenUp(dayId) && !catchUp(dayId, view, stored.getOrDefault(dayId, view))) {
                behind++;
            }
        }
        return behind;
    }

    /** The last sequence number of each day's events stored more than {@code settle} ago, grouped by the store. */
    private Map<String, Long> lastStored() {
        Map<String, Long> stored = new HashMap<>();
        axonMongoTemplate
                .eventCollection()
                .aggregate(List.of(
                        Aggregates.match(
                                lt("timestamp", formatInstant(Instant.now().minus(settle)))),
                        Aggregates.group("$aggregateIdentifier", Accumulators.max("last", "$sequenceNumber"))))
                .forEach(day -> stored.put(day.getString("_id"), ((Number) day.get("last")).longValue()));
        return stored;
    }

    /**
     * The day's views from the first event they missed to the store's last (the event store reads it a batch at a
     * time); answers whether they reached {@code last}.
     */
    private boolean catchUp(String dayId, long view, long last) {
        long from = Math.min(view + 1, missedFrom.getOrDefault(dayId, view + 1));
        log.warn("Catching up the views of regional day {} from its event {} (the store holds {})", dayId, from, last);
        try {
            store.readEvents(dayId, from).asStream().forEach(this::apply);
        } catch (RuntimeException e) {
            return stillBehind(dayId, e.getMessage());
        }
        long reached = days.find(dayId).map(RegionalDayView::sequence).orElse(-1L);
        if (reached < last) {
            return stillBehind(dayId, "its view reached event " + reached + " of " + last);
        }
        missedFrom.remove(dayId);
        unrepairable.repaired(dayId);
        return true;
    }

    /** Answers false (still behind); a day given up is forgotten here. */
    private boolean stillBehind(String dayId, String reason) {
        if (unrepairable.stillBehind(dayId, reason)) {
            missedFrom.remove(dayId);
        }
        return false;
    }

    private void apply(DomainEventMessage<?> event) {
        try {
            projections.handle(event, Segment.ROOT_SEGMENT);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "event " + event.getSequenceNumber() + " (" + event.getIdentifier() + ") could not be applied: "
                            + e.getMessage(),
                    e);
        }
    }
}
