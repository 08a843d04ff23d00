package org.mediation.registration.regionalday.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.mediation.registration.personaldata.PersonalDataCipher;
import org.mediation.registration.regionalday.api.PersonalDataErased;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The welcome desk's search as you type (docs/adr/0010-welcome-desk-search.md): the names and emails of a day's
 * registrations, opened at the day's first search and held normalised in memory, for at most {@code
 * regional-days.desk-search.days} days (default 50), each until it goes unsearched for {@code
 * regional-days.desk-search.idle} (default 10 minutes). Each search first applies the day's events stored since the
 * last one (on any instance); an erasure made here removes the person at once (subscribing, in the command's unit of
 * work).
 */
@Component
@ProcessingGroup(WelcomeDeskSearch.PROCESSING_GROUP)
public class WelcomeDeskSearch {

    public static final int MAX_RESULTS = 20;
    static final String PROCESSING_GROUP = "desk-search";

    private final EventStorageEngine store;
    private final PersonalDataCipher cipher;
    private final Cache<String, DaySearchIndex> days;

    WelcomeDeskSearch(
            EventStorageEngine store,
            PersonalDataCipher cipher,
            @Value("${regional-days.desk-search.days:50}") int maxDays,
            @Value("${regional-days.desk-search.idle:PT10M}") Duration idle) {
        this.store = store;
        this.cipher = cipher;
        this.days = Caffeine.newBuilder()
                .maximumSize(maxDays)
                .expireAfterAccess(idle)
                .scheduler(Scheduler.systemScheduler())
                .build();
    }

    /** The first {@value #MAX_RESULTS} registrations of the day whose names or email contain the query, by name. */
    public Matches search(String dayId, DeskQuery query) {
        DaySearchIndex index = days.get(dayId, id -> new DaySearchIndex());
        index.catchUp(from -> store.readEvents(dayId, from).asStream());
        List<SearchableRegistration> found = index.matching(query, cipher::openAll);
        return new Matches(
                found.stream()
                        .limit(MAX_RESULTS)
                        .map(SearchableRegistration::id)
                        .toList(),
                found.size());
    }

    /** Telling a day held of an erasure is no use of the day: it expires as if not told. */
    @EventHandler
    void on(PersonalDataErased event) {
        Optional.ofNullable(days.policy().getIfPresentQuietly(event.dayId()))
                .ifPresent(index -> index.erase(event.registrationId()));
    }
}
