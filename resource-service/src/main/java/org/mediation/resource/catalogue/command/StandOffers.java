package org.mediation.resource.catalogue.command;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stands (one per regional day) that offer a resource, with each day's region and date. */
final class StandOffers {

    private record Offer(String region, LocalDate date) {}

    private final Map<String, Offer> byDay = new HashMap<>();

    void add(String regionalDayId, String region, LocalDate date) {
        byDay.put(regionalDayId, new Offer(region, date));
    }

    void removeAll(List<String> regionalDayIds) {
        regionalDayIds.forEach(byDay::remove);
    }

    boolean offersAt(String regionalDayId) {
        return byDay.containsKey(regionalDayId);
    }

    String regionOf(String regionalDayId) {
        return byDay.get(regionalDayId).region();
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
