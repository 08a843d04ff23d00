package org.mediation.registration.regionalday.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.api.PersonalDataErased;
import org.mediation.registration.regionalday.api.SealedPersonalData;

/**
 * The searchable registrations of one regional day, folded from the day's events ({@code sequence} is the last one
 * applied): a registration is kept sealed until a search opens it, an erasure removes the person and is remembered
 * (ids only), so that events read before it was told never bring the person back. Every method holds the index's
 * lock.
 */
final class DaySearchIndex {

    private static final int OPENED_AT_ONCE = 500;

    private final Map<String, SearchableRegistration> opened = new HashMap<>();
    private final Map<String, SealedPersonalData> sealed = new LinkedHashMap<>();
    private final Set<String> erased = new HashSet<>();
    private long sequence = -1;

    /** Applies the day's events after the last one applied, as {@code eventsFrom} reads them from a sequence on. */
    synchronized void catchUp(Function<Long, Stream<? extends DomainEventMessage<?>>> eventsFrom) {
        eventsFrom.apply(sequence + 1).forEach(this::apply);
    }

    synchronized void erase(String registrationId) {
        erased.add(registrationId);
        sealed.remove(registrationId);
        opened.remove(registrationId);
    }

    /**
     * The registrations whose names or email contain the query, by name; those still sealed are opened first, a batch
     * at a time ({@code open} leaves out those whose key is shredded: they are gone).
     */
    synchronized List<SearchableRegistration> matching(
            DeskQuery query, Function<Map<String, SealedPersonalData>, Map<String, PersonalData>> open) {
        while (!sealed.isEmpty()) {
            Map<String, SealedPersonalData> batch = new HashMap<>();
            sealed.entrySet().stream()
                    .limit(OPENED_AT_ONCE)
                    .forEach(entry -> batch.put(entry.getKey(), entry.getValue()));
            open.apply(batch).forEach((id, person) -> opened.put(id, SearchableRegistration.of(id, person)));
            sealed.keySet().removeAll(batch.keySet());
        }
        return opened.values().stream()
                .filter(registration -> registration.matches(query))
                .sorted(SearchableRegistration.BY_NAME)
                .toList();
    }

    private void apply(DomainEventMessage<?> event) {
        if (event.getPayload() instanceof ParticipantRegistered registered
                && !erased.contains(registered.registrationId())) {
            sealed.put(registered.registrationId(), registered.personalData());
        } else if (event.getPayload() instanceof PersonalDataErased erasure) {
            erase(erasure.registrationId());
        }
        sequence = event.getSequenceNumber();
    }
}
