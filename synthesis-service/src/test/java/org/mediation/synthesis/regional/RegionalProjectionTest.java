package org.mediation.synthesis.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.synthesis.Contracts.sample;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediation.synthesis.history.InboundEvent;

/** Consumer contract: the registration events exactly as registration-service publishes them. */
class RegionalProjectionTest {

    private static final String DAY = "5f0c7a52-3f5e-4d0e-9a43-1c2b3d4e5f60";

    private final RegionalProjection day = new RegionalProjection(DAY);

    @Test
    void a_scheduled_day_is_known_with_its_region_title_and_venue() {
        day.apply(sample("registration.RegionalDayScheduled.v1"));

        assertThat(day.known()).isTrue();
        assertThat(day.region()).isEqualTo("FR-HDF");
        assertThat(day.title()).isEqualTo("Journée régionale de la médiation sociale");
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
    void every_category_is_counted_on_its_own() {
        day.apply(sample("registration.ParticipantRegistered.v1"));
        day.apply(registered("r-2", "CONFIRMED", "ELECTED_OFFICIAL"));
        day.apply(registered("r-3", "CONFIRMED", "LOCAL_ACTOR"));
        day.apply(registered("r-4", "WAITLISTED", "PROFESSIONAL"));

        Map<String, Attendance.CategoryAttendance> byCategory = day.attendance().byCategory();
        assertThat(byCategory.get("MEDIATOR").confirmed()).isEqualTo(1);
        assertThat(byCategory.get("ELECTED_OFFICIAL").confirmed()).isEqualTo(1);
        assertThat(byCategory.get("LOCAL_ACTOR").confirmed()).isEqualTo(1);
        assertThat(byCategory.get("PROFESSIONAL").confirmed()).isZero();
        assertThat(day.attendance().waitlisted()).isEqualTo(1);
    }

    @Test
    void applying_the_same_event_twice_changes_nothing() {
        day.apply(sample("registration.ParticipantRegistered.v1"));
        day.apply(sample("registration.ParticipantRegistered.v1"));
        day.apply(sample("registration.ParticipantCheckedIn.v1"));
        day.apply(sample("registration.ParticipantCheckedIn.v1"));

        assertThat(day.attendance().confirmed()).isEqualTo(1);
        assertThat(day.attendance().checkedIn()).isEqualTo(1);
    }

    @Test
    void a_cancellation_frees_the_seat_and_a_promotion_fills_it() {
        day.apply(sample("registration.ParticipantRegistered.v1"));
        day.apply(registered("waiting", "WAITLISTED", "PROFESSIONAL"));
        day.apply(sample("registration.ParticipantWaitlisted.v1", "e-w", Map.of("registrationId", "waiting")));
        day.apply(sample("registration.RegistrationCancelled.v1"));
        day.apply(sample("registration.WaitlistedParticipantPromoted.v1", "e-3", Map.of("registrationId", "waiting")));

        Attendance attendance = day.attendance();
        assertThat(attendance.confirmed()).isEqualTo(1);
        assertThat(attendance.cancelled()).isEqualTo(1);
        assertThat(attendance.waitlisted()).isZero();
        assertThat(attendance.byCategory().get("MEDIATOR").confirmed()).isZero();
    }

    @Test
    void a_cancellation_seen_before_its_registration_still_wins() {
        day.apply(sample("registration.RegistrationCancelled.v1"));
        day.apply(sample("registration.ParticipantRegistered.v1"));

        assertThat(day.attendance().confirmed()).isZero();
        assertThat(day.attendance().cancelled()).isEqualTo(1);
    }

    @Test
    void a_waitlisted_participant_checked_in_is_not_counted_as_checked_in() {
        day.apply(registered("waiting", "WAITLISTED", "MEDIATOR"));
        day.apply(sample("registration.ParticipantCheckedIn.v1", "e-c", Map.of("registrationId", "waiting")));

        assertThat(day.attendance().checkedIn()).isZero();
    }

    @Test
    void a_known_day_keeps_its_region_whatever_a_later_scheduling_says() {
        day.apply(sample("registration.RegionalDayScheduled.v1"));
        String region = day.region();
        InboundEvent moved = sample("registration.RegionalDayScheduled.v1", "e-moved", Map.of("region", "FR-XX"));

        assertThat(day.changesRegion(moved)).isTrue();
        assertThat(day.changesRegion(sample("registration.RegionalDayScheduled.v1")))
                .isFalse();
        day.apply(moved);

        assertThat(day.region()).isEqualTo(region);
    }

    @Test
    void a_registration_of_version_2_counts_as_one_of_version_1_and_is_the_same_registration() {
        day.apply(sample("registration.RegionalDayScheduled.v1"));
        day.apply(sample("registration.ParticipantRegistered.v2"));

        assertThat(day.attendance().confirmed()).isEqualTo(1);
        assertThat(day.attendance().byCategory().get("MEDIATOR").confirmed()).isEqualTo(1);
        day.apply(sample("registration.ParticipantRegistered.v1"));
        assertThat(day.attendance().confirmed()).isEqualTo(1);
    }

    private static org.mediation.synthesis.history.InboundEvent registered(String id, String status, String category) {
        return sample(
                "registration.ParticipantRegistered.v1",
                "e-" + id,
                Map.of("registrationId", id, "status", status, "category", category));
    }
}
