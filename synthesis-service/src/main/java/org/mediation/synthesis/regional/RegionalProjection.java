package org.mediation.synthesis.regional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mediation.synthesis.history.InboundEvent;

/**
 * What synthesis knows of one regional day, folded from the events of all three topics. Applying an event sets
 * state keyed by ids, so applying it twice changes nothing, and events of a day may arrive before the day itself.
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
    private final Map<String, Attendee> registrations = new LinkedHashMap<>();

    RegionalProjection() {}

    public RegionalProjection(String regionalDayId) {
        this.regionalDayId = regionalDayId;
    }

    public void apply(InboundEvent event) {
        switch (event.type()) {
            case "registration.RegionalDayScheduled.v1" -> scheduled(event);
            case "registration.RegistrationOpened.v1" -> status = "OPEN";
            case "registration.RegistrationClosed.v1" -> status = "CLOSED";
            case "registration.CapacityChanged.v1" -> capacity =
                    event.data().path("capacity").asInt();
            case "registration.ParticipantRegistered.v1" -> registrations.put(
                    event.text("registrationId"), new Attendee(event.text("status"), event.text("category"), false));
            case "registration.WaitlistedParticipantPromoted.v1" -> changeStatus(event, Attendee.CONFIRMED);
            case "registration.RegistrationCancelled.v1" -> changeStatus(event, Attendee.CANCELLED);
            case "registration.ParticipantCheckedIn.v1" -> registrations.computeIfPresent(
                    event.text("registrationId"), (id, attendee) -> attendee.withCheckIn());
            default -> {}
        }
    }

    private void scheduled(InboundEvent event) {
        region = event.text("region");
        title = event.text("title");
        date = LocalDate.parse(event.text("date"));
        venue = event.text("venue");
        capacity = event.data().path("capacity").asInt();
        if (status == null) {
            status = "SCHEDULED";
        }
    }

    private void changeStatus(InboundEvent event, String newStatus) {
        registrations.computeIfPresent(event.text("registrationId"), (id, attendee) -> attendee.withStatus(newStatus));
    }

    /** A day is known once its scheduling arrived; until then only its other events are kept. */
    public boolean known() {
        return region != null;
    }

    public Attendance attendance() {
        return Attendance.of(registrations.values());
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
