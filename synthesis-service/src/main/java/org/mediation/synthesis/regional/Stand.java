package org.mediation.synthesis.regional;

import static org.mediation.synthesis.history.ConsumedTypes.*;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mediation.synthesis.history.InboundEvent;

/** The resource stand of one regional day: resources offered and the requests for each, keyed by resource id. */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class Stand {

    /** Per resource: whether it is offered here and the ids of the requests made for it. */
    @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE)
    static final class Item {
        private boolean offered;
        private final TreeSet<String> requests = new TreeSet<>();
    }

    private final TreeMap<String, Item> items = new TreeMap<>();

    void apply(InboundEvent event) {
        switch (event.type()) {
            case RESOURCE_OFFERED_AT_STAND -> item(event).offered = true;
            case RESOURCE_REQUESTED -> item(event).requests.add(event.text("requestId"));
            default -> {}
        }
    }

    private Item item(InboundEvent event) {
        return items.computeIfAbsent(event.text("resourceId"), id -> new Item());
    }

    /** The resources offered, or requested, at this stand, with their request counts. */
    public Map<String, Integer> requestsByResource() {
        Map<String, Integer> requests = new TreeMap<>();
        items.forEach((resourceId, item) -> requests.put(resourceId, item.requests.size()));
        return requests;
    }

    public int offered() {
        return (int) items.values().stream().filter(item -> item.offered).count();
    }

    public int requests() {
        return items.values().stream().mapToInt(item -> item.requests.size()).sum();
    }
}
