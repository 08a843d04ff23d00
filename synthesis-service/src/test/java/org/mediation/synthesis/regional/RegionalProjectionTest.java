package org.mediation.synthesis.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.synthesis.Contracts.sample;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Consumer contract: the registration events exactly as registration-service publishes them. */
class RegionalProjectionTest {

    private static final String DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";

    private final RegionalProjection day = new RegionalProjection(DAY);

    @Test
    void a_scheduled_day_is_known_with_its_region_title_and_venue() {
        day.apply(sample("registration.RegionalDayScheduled.v1"));

        assertThat(day.known()).isTrue();
        assertThat(day.region()).isEqualTo("FR-HDF");
        assertThat(day.venue()).isEqualTo("Liévin");
        assertThat(day.date()).hasToString("2019-12-04");
    }

    @Test
    void registrations_arriving_before_their_day_are_kept_until_it_is_known() {
        day.apply(sample("registration.ParticipantRegistered.v1"));

        assertThat(day.known()).isFalse();
        assertThat(day.attendance().confirmed()).isEqualTo(1);
    }

    @Test
    void a_confirmed_registration_counts_in_its_category() {
        day.apply(sample("registration.ParticipantRegistered.v1"));
        day.apply(sample("registration.ParticipantCheckedIn.v1"));

        Attendance attendance = day.attendance();
        assertThat(attendance.confirmed()).isEqualTo(1);
        assertThat(attendance.checkedIn()).isEqualTo(1);
        assertThat(attendance.byCategory().get("MEDIATOR")).isEqualTo(new Attendance.CategoryAttendance(1, 1));
        assertThat(attendance.byCategory()).containsOnlyKeys(Attendance.CATEGORIES);
    }

    @Test
    void applying_the_same_event_twice_changes_nothing() {
        day.apply(sample("registration.ParticipantRegistered.v1"));
        day.apply(sample("registration.ParticipantRegistered.v1"));

        assertThat(day.attendance().confirmed()).isEqualTo(1);
    }

    @Test
    void a_cancellation_frees_the_seat_and_a_promotion_fills_it() {
        day.apply(sample("registration.ParticipantRegistered.v1"));
        day.apply(sample(
                "registration.ParticipantRegistered.v1",
                "e-2",
                Map.of("registrationId", "waiting", "status", "WAITLISTED")));
        day.apply(sample("registration.RegistrationCancelled.v1"));
        day.apply(sample("registration.WaitlistedParticipantPromoted.v1", "e-3", Map.of("registrationId", "waiting")));

        Attendance attendance = day.attendance();
        assertThat(attendance.confirmed()).isEqualTo(1);
        assertThat(attendance.cancelled()).isEqualTo(1);
        assertThat(attendance.waitlisted()).isZero();
    }
}
