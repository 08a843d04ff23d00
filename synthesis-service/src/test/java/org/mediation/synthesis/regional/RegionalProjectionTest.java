package org.mediation.synthesis.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediation.synthesis.Contracts.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
    void an_undone_check_in_no_longer_counts_as_present() {
        day.apply(sample("registration.ParticipantRegistered.v1"));
        day.apply(sample("registration.ParticipantCheckedIn.v1"));

        day.apply(sample("registration.CheckInUndone.v1"));

        assertThat(day.attendance().confirmed()).isEqualTo(1);
        assertThat(day.attendance().checkedIn()).isZero();
        assertThat(day.attendance().byCategory().get("MEDIATOR")).isEqualTo(new Attendance.CategoryAttendance(1, 0));
    }

    @Test
    void a_second_check_in_after_an_undo_counts() {
        day.apply(sample("registration.ParticipantRegistered.v1"));
        day.apply(sample("registration.ParticipantCheckedIn.v1"));
        day.apply(sample("registration.CheckInUndone.v1"));

        day.apply(checkIn(2));

        assertThat(day.attendance().checkedIn()).isEqualTo(1);
        assertThat(day.attendance().byCategory().get("MEDIATOR")).isEqualTo(new Attendance.CategoryAttendance(1, 1));
    }

    @Test
    void a_check_in_published_without_its_number_is_check_in_1() {
        day.apply(sample("registration.ParticipantRegistered.v1"));
        day.apply(withoutCheckInNumber());
        assertThat(day.attendance().checkedIn()).isEqualTo(1);

        day.apply(sample("registration.CheckInUndone.v1"));

        assertThat(day.attendance().checkedIn()).isZero();
    }

    /** Check-in 1, its undo and check-in 2, each delivered twice, in every order: always present once. */
    @Test
    void check_ins_and_undos_give_the_same_attendance_in_any_order_and_applied_twice() {
        List<InboundEvent> events = List.of(
                sample("registration.ParticipantRegistered.v1"),
                sample("registration.ParticipantCheckedIn.v1"),
                sample("registration.CheckInUndone.v1"),
                checkIn(2));

        for (List<InboundEvent> order : permutations(events)) {
            RegionalProjection folded = new RegionalProjection(DAY);
            order.forEach(folded::apply);
            order.forEach(folded::apply);

            assertThat(folded.attendance().checkedIn()).as("%s", order).isEqualTo(1);
            assertThat(folded.attendance().confirmed()).as("%s", order).isEqualTo(1);
        }
    }

    @Test
    void an_undo_seen_before_its_check_in_leaves_the_participant_absent() {
        day.apply(sample("registration.CheckInUndone.v1"));
        day.apply(sample("registration.ParticipantCheckedIn.v1"));
        day.apply(sample("registration.ParticipantRegistered.v1"));

        assertThat(day.attendance().checkedIn()).isZero();
        assertThat(day.attendance().confirmed()).isEqualTo(1);
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

    /**
     * Thousands of facts about registrations spread over the groups, in a random order and some twice: the day's
     * attendance, moved by each fact's change, is the attendance its registrations hold, counted afresh.
     */
    @Test
    void each_group_counts_what_its_registrations_hold_whatever_the_facts_and_their_order() {
        Random random = new Random(33);
        List<String> types = List.of(
                "registration.ParticipantRegistered.v1",
                "registration.ParticipantWaitlisted.v1",
                "registration.WaitlistedParticipantPromoted.v1",
                "registration.RegistrationCancelled.v1",
                "registration.ParticipantCheckedIn.v1",
                "registration.CheckInUndone.v1");
        List<String> categories = List.of("MEDIATOR", "PROFESSIONAL", "ELECTED_OFFICIAL", "LOCAL_ACTOR", "OTHER");
        for (int i = 0; i < 3_000; i++) {
            String registrationId = Integer.toHexString(random.nextInt(16)) + "-" + random.nextInt(150);
            String type = types.get(random.nextInt(types.size()));
            InboundEvent fact = sample(
                    type,
                    "e-" + i,
                    Map.of(
                            "registrationId",
                            registrationId,
                            "status",
                            random.nextBoolean() ? "CONFIRMED" : "WAITLISTED",
                            "category",
                            categories.get(random.nextInt(categories.size()))));
            ObjectNode data = (ObjectNode) fact.data();
            data.put("checkIn", 1 + random.nextInt(3));
            data.put("undoneCheckIn", 1 + random.nextInt(3));
            day.apply(fact);
            if (random.nextInt(10) == 0) {
                day.apply(fact);
            }
        }

        assertThat(day.groups()).hasSize(16);
        List<Attendee> registrations = new ArrayList<>();
        day.groups().forEach(group -> registrations.addAll(day.ofGroup(group).values()));
        Attendance recounted = Attendance.of(registrations);
        assertThat(day.attendance()).isEqualTo(recounted);
        assertThat(recounted.confirmed()).isPositive();
        assertThat(recounted.checkedIn()).isPositive();
        assertThat(recounted.cancelled()).isPositive();
    }

    private static InboundEvent checkIn(int number) {
        InboundEvent sample = sample("registration.ParticipantCheckedIn.v1");
        ObjectNode data = sample.data().deepCopy();
        data.put("checkIn", number);
        return new InboundEvent(
                "e-check-in-" + number, sample.source(), sample.type(), sample.subject(), sample.time(), data);
    }

    /** As published before check-ins were numbered. */
    private static InboundEvent withoutCheckInNumber() {
        InboundEvent sample = sample("registration.ParticipantCheckedIn.v1");
        ObjectNode data = sample.data().deepCopy();
        data.remove("checkIn");
        return new InboundEvent("e-old", sample.source(), sample.type(), sample.subject(), sample.time(), data);
    }

    private static List<List<InboundEvent>> permutations(List<InboundEvent> events) {
        if (events.isEmpty()) {
            return List.of(List.of());
        }
        List<List<InboundEvent>> all = new ArrayList<>();
        for (InboundEvent first : events) {
            List<InboundEvent> rest = new ArrayList<>(events);
            rest.remove(first);
            for (List<InboundEvent> tail : permutations(rest)) {
                List<InboundEvent> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }

    private static org.mediation.synthesis.history.InboundEvent registered(String id, String status, String category) {
        return sample(
                "registration.ParticipantRegistered.v1",
                "e-" + id,
                Map.of("registrationId", id, "status", status, "category", category));
    }
}
