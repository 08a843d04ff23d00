package org.mediation.resource.catalogue.command;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stands (one per regional day) that offer a resource, each with its day's region and date and the requests met
 * there: every figure is per day, so one region's stands never count against another's.
 */
final class StandOffers {

    /** {@code askedBy}: the registrations that asked for it there (the set grows in place, the count is replaced). */
    private record Offer(String region, LocalDate date, int requests, Set<String> askedBy) {

        Offer requested(String registrationId) {
            if (registrationId != null) {
                askedBy.add(registrationId);
            }
            return new Offer(region, date, requests + 1, askedBy);
        }
    }

    private final Map<String, Offer> byDay = new HashMap<>();

    void add(String regionalDayId, String region, LocalDate date) {
        byDay.put(regionalDayId, new Offer(region, date, 0, new HashSet<>()));
    }

    void removeAll(List<String> regionalDayIds) {
        regionalDayIds.forEach(byDay::remove);
    }

    /** A request met at that day's stand; {@code registrationId} may be null. */
    void requested(String regionalDayId, String registrationId) {
        byDay.computeIfPresent(regionalDayId, (day, offer) -> offer.requested(registrationId));
    }

    boolean offersAt(String regionalDayId) {
        return byDay.containsKey(regionalDayId);
    }

    String regionOf(String regionalDayId) {
        return byDay.get(regionalDayId).region();
    }

    int requestsAt(String regionalDayId) {
        return byDay.get(regionalDayId).requests();
    }

    boolean askedAt(String regionalDayId, String registrationId) {
        return byDay.get(regionalDayId).askedBy().contains(registrationId);
    }

    /** The days after {@code today}, sorted: the future stands a withdrawal takes the resource from. */
    List<String> daysAfter(LocalDate today) {
        return byDay.entrySet().stream()
                .filter(offer -> offer.getValue().date().isAfter(today))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
