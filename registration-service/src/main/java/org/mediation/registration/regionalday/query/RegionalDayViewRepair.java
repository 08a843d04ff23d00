package org.mediation.registration.regionalday.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.fields;
import static com.mongodb.client.model.Projections.include;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The views are written after their event was stored, without a transaction: a store failure in between, or a kill,
 * leaves a day's views behind its events. After the start, and once failures stopped for {@code settle}, this compares
 * each day's view with the last event the store holds for that day and rebuilds the days that are behind from their
 * events (checked again until none is), so the day counts always come back to what the store holds.
 */
@Component
class RegionalDayViewRepair implements ListenerInvocationErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(RegionalDayViewRepair.class);

    /** When a view last failed (the start counts as one: a kill may have left a view behind); null once repaired. */
    private final AtomicReference<Instant> failedAt = new AtomicReference<>(Instant.now());

    private final RegionalDayViews days;
    private final Duration settle;
    private final MongoTemplate axonMongoTemplate;
    private final EventStorageEngine store;
    private final EventHandlerInvoker projections;

    RegionalDayViewRepair(
            RegionalDayViews days,
            MongoTemplate axonMongoTemplate,
            EventStorageEngine store,
            RegionalDayProjection dayProjection,
            RegistrationProjection registrationProjection,
            @Value("${regional-days.views.repair-settle:PT5S}") Duration settle) {
        this.days = days;
        this.settle = settle;
        this.axonMongoTemplate = axonMongoTemplate;
        this.store = store;
        this.projections = SimpleEventHandlerInvoker.builder()
                .eventHandlers(dayProjection, registrationProjection)
                .build();
    }

    @Autowired
    void watch(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(RegionalDayViews.PROCESSING_GROUP, configuration -> this);
    }

    /** A view missed its event: the command stands (the event is stored), the view is repaired shortly. */
    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler eventHandler) {
        log.warn(
                "A view missed event {}; it will be rebuilt from the store: {}",
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
     * Rebuilds the days whose view has not applied an event stored more than {@code settle} ago (a younger one may
     * belong to a command still running); answers how many.
     */
    int repair() {
        Map<String, Long> viewed = new HashMap<>();
        days.collection().find().forEach(view -> viewed.put(view.id(), view.sequence()));
        Map<String, Long> stored = new HashMap<>();
        axonMongoTemplate
                .eventCollection()
                .find(lt("timestamp", formatInstant(Instant.now().minus(settle))))
                .projection(fields(include("aggregateIdentifier", "sequenceNumber")))
                .forEach(event -> stored.merge(
                        event.getString("aggregateIdentifier"),
                        ((Number) event.get("sequenceNumber")).longValue(),
                        Math::max));
        List<String> behind = stored.entrySet().stream()
                .filter(day -> viewed.getOrDefault(day.getKey(), -1L) < day.getValue())
                .map(Map.Entry::getKey)
                .toList();
        behind.forEach(this::rebuild);
        return behind.size();
    }

    /** The day's view again from its first event; registration views are corrected in place (updates are guarded). */
    private void rebuild(String dayId) {
        log.warn("Rebuilding the views of regional day {} from its events", dayId);
        days.collection().deleteOne(eq(dayId));
        store.readEvents(dayId, 0).asStream().forEach(event -> {
            try {
                projections.handle(event, Segment.ROOT_SEGMENT);
            } catch (Exception e) {
                throw new IllegalStateException("Event " + event.getIdentifier() + " could not be applied again", e);
            }
        });
    }
}
