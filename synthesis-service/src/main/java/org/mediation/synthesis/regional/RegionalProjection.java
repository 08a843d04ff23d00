package org.mediation.synthesis.regional;

import static org.mediation.synthesis.history.ConsumedTypes.*;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeMap;
import org.mediation.synthesis.history.InboundEvent;

/**
 * What synthesis knows of one regional day, folded from the events of all three topics that name it. Applying an
 * event sets state keyed by ids, so applying it twice changes nothing, and events of a day may arrive before the day
 * itself (a workshop, a stand offer, a registration).
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class RegionalProjection {

    private String regionalDayId;
    private String region;
    private String title;
    private LocalDate date;
    private String venue;
    private String status;
    private int capacity;
    private final TreeMap<String, Attendee> registrations = new TreeMap<>();
    private final TreeMap<String, WorkshopState> workshops = new TreeMap<>();
    private final Stand stand = new Stand();

    RegionalProjection() {}

    public RegionalProjection(String regionalDayId) {
        this.regionalDayId = regionalDayId;
    }

    public void apply(InboundEvent event) {
        String type = event.type();
        switch (type) {
            case DAY_SCHEDULED -> scheduled(event);
            case REGISTRATION_OPENED -> status = "OPEN";
            case REGISTRATION_CLOSED -> status = "CLOSED";
            case CAPACITY_CHANGED -> capacity = event.data().path("capacity").asInt();
            case PARTICIPANT_REGISTERED, PARTICIPANT_REGISTERED_V2 -> merge(
                    event, Attendee.withStatus(event.text("status"), event.text("category")));
            case PARTICIPANT_WAITLISTED -> merge(event, Attendee.withStatus(Attendee.WAITLISTED, null));
            case PARTICIPANT_PROMOTED -> merge(event, Attendee.withStatus(Attendee.CONFIRMED, event.text("category")));
            case REGISTRATION_CANCELLED -> merge(
                    event, Attendee.withStatus(Attendee.CANCELLED, event.text("category")));
            case PARTICIPANT_CHECKED_IN -> merge(event, Attendee.checkedIn(event.text("category")));
            default -> {
                if (type.startsWith(WORKSHOP_PREFIX)) {
                    workshop(event.text("workshopId")).apply(event);
                } else if (type.startsWith(RESOURCE_PREFIX)) {
                    stand.apply(event);
                }
            }
        }
    }

    /**
     * Whether the event would change the region of a day already known: a day's region never changes, so such an event
     * is not applied (it is refused where it is consumed, and left out of any fold of the history).
     */
    public boolean changesRegion(InboundEvent event) {
        return DAY_SCHEDULED.equals(event.type()) && known() && !region.equals(event.text("region"));
    }

    private void scheduled(InboundEvent event) {
        if (changesRegion(event)) {
            return;
        }
        region = event.text("region");
        title = event.text("title");
        date = LocalDate.parse(event.text("date"));
        venue = event.text("venue");
        capacity = event.data().path("capacity").asInt();
        if (status == null) {
            status = "SCHEDULED";
        }
    }

    private void merge(InboundEvent event, Attendee fact) {
        registrations.merge(event.text("registrationId"), fact, Attendee::merge);
    }

    /** A day is known once its scheduling arrived; until then its other events are kept but it is not counted. */
    public boolean known() {
        return region != null;
    }

    public Attendance attendance() {
        return Attendance.of(registrations.values());
    }

    public Collection<WorkshopState> workshops() {
        return workshops.values();
    }

    /** The workshop of that id, created empty when the day's document does not name it yet. */
    WorkshopState workshop(String workshopId) {
        return workshops.computeIfAbsent(workshopId, WorkshopState::new);
    }

    public Stand stand() {
        return stand;
    }

    public String regionalDayId() {
        return regionalDayId;
    }

    public String region() {
        return region;
    }

    public String title() {
        return title;
    }

    public LocalDate date() {
        return date;
    }

    public String venue() {
        return venue;
    }
}
