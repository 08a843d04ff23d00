package org.mediation.synthesis.regional;

import static org.mediation.synthesis.history.ConsumedTypes.*;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonSetter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    /**
     * The attendance of each group of registrations ({@link #group}): what the day's figures sum, kept beside the
     * registrations so that the day's document need not hold them (the store keeps each group in a document).
     */
    private final TreeMap<String, Attendance> attendanceByGroup = new TreeMap<>();
    /** The groups changed since the day was read, which the store writes (not part of the state). */
    private final transient Set<String> unsavedGroups = new TreeSet<>();

    private final TreeMap<String, WorkshopState> workshops = new TreeMap<>();
    private final Stand stand = new Stand();

    RegionalProjection() {}

    public RegionalProjection(String regionalDayId) {
        this.regionalDayId = regionalDayId;
    }

    /**
     * Reads the registrations of a stored state that holds them (a checkpoint, or a day's document written before
     * they had documents of their own) and counts them: a state written before the counts existed has none.
     */
    @JsonSetter("registrations")
    private void read(Map<String, Attendee> stored) {
        registrations.putAll(stored);
        groupsOf(stored.keySet()).forEach(this::recount);
    }

    /** The theme catalogue's events ({@code workshop.Theme…}) name no workshop and change no day. */
    public void apply(InboundEvent event) {
        String type = event.type();
        switch (type) {
            case DAY_SCHEDULED -> scheduled(event);
            case REGISTRATION_OPENED -> status = "OPEN";
            case REGISTRATION_CLOSED -> status = "CLOSED";
            case CAPACITY_CHANGED -> capacity = event.data().path("capacity").asInt();
            case PARTICIPANT_REGISTERED, PARTICIPANT_REGISTERED_V2 ->
                merge(event, Attendee.withStatus(event.text("status"), event.text("category")));
            case PARTICIPANT_WAITLISTED -> merge(event, Attendee.withStatus(Attendee.WAITLISTED, null));
            case PARTICIPANT_PROMOTED -> merge(event, Attendee.withStatus(Attendee.CONFIRMED, event.text("category")));
            case REGISTRATION_CANCELLED ->
                merge(event, Attendee.withStatus(Attendee.CANCELLED, event.text("category")));
            case PARTICIPANT_CHECKED_IN ->
                merge(event, Attendee.checkedIn(event.text("category"), number(event, "checkIn")));
            case CHECK_IN_UNDONE ->
                merge(event, Attendee.checkInUndone(event.text("category"), number(event, "undoneCheckIn")));
            default -> {
                if (type.startsWith(WORKSHOP_PREFIX) && event.text("workshopId") != null) {
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

    /** The number of a check-in, 1 where the event has none (a check-in published before they were numbered). */
    private static int number(InboundEvent event, String field) {
        return event.data().path(field).asInt(1);
    }

    /** The group's attendance moves by what the registration's own changed: a fact costs the same in any day. */
    private void merge(InboundEvent event, Attendee fact) {
        String registrationId = event.text("registrationId");
        String group = group(registrationId);
        Attendee before = registrations.get(registrationId);
        Attendee after = registrations.merge(registrationId, fact, Attendee::merge);
        Attendance counted = attendanceByGroup.getOrDefault(group, Attendance.none());
        attendanceByGroup.put(group, counted.plus(Attendance.change(before, after)));
        unsavedGroups.add(group);
    }

    /**
     * The group a registration is kept in: the first character of its id (16 groups of random UUIDs), so that a
     * group's registrations are neighbours in the day's sorted map.
     */
    static String group(String registrationId) {
        return registrationId.substring(0, 1);
    }

    /**
     * Puts the registrations read from the store, group by group, in place (the day's document does not hold them).
     * Those the day held already came with a document written before they had their own: they are written on their
     * own from now on.
     */
    void hold(Collection<Map<String, Attendee>> stored) {
        Set<String> held = groupsOf(registrations.keySet());
        unsavedGroups.addAll(held);
        stored.forEach(group -> {
            registrations.putAll(group);
            held.addAll(groupsOf(group.keySet()));
        });
        held.forEach(this::recount);
    }

    private static Set<String> groupsOf(Collection<String> registrationIds) {
        Set<String> groups = new TreeSet<>();
        registrationIds.forEach(id -> groups.add(group(id)));
        return groups;
    }

    private void recount(String group) {
        attendanceByGroup.put(group, Attendance.of(ofGroup(group).values()));
    }

    /** The registrations of a group. */
    Map<String, Attendee> ofGroup(String group) {
        Map<String, Attendee> ofGroup = new TreeMap<>();
        registrations.subMap(group, true, group + Character.MAX_VALUE, true).forEach((id, attendee) -> {
            if (group(id).equals(group)) {
                ofGroup.put(id, attendee);
            }
        });
        return ofGroup;
    }

    /** The groups of registrations changed since the day was read (those read from an old document included). */
    Set<String> unsavedGroups() {
        return unsavedGroups;
    }

    /** Every group of registrations, read or not. */
    Set<String> groups() {
        return attendanceByGroup.keySet();
    }

    /** A day is known once its scheduling arrived; until then its other events are kept but it is not counted. */
    public boolean known() {
        return region != null;
    }

    /** The day's attendance: the sum of its groups', so it holds whether or not the registrations were read. */
    public Attendance attendance() {
        Attendance total = Attendance.none();
        for (Attendance group : attendanceByGroup.values()) {
            total = total.plus(group);
        }
        return total;
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
