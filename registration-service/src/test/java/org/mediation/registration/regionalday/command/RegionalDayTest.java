package org.mediation.registration.regionalday.command;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.registration.regionalday.api.CancelRegistration;
import org.mediation.registration.regionalday.api.CapacityChanged;
import org.mediation.registration.regionalday.api.ChangeCapacity;
import org.mediation.registration.regionalday.api.CheckInParticipant;
import org.mediation.registration.regionalday.api.CheckInUndone;
import org.mediation.registration.regionalday.api.CloseRegistration;
import org.mediation.registration.regionalday.api.EmailFingerprint;
import org.mediation.registration.regionalday.api.ErasePersonalData;
import org.mediation.registration.regionalday.api.OpenRegistration;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.ParticipantCheckedIn;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.ParticipantWaitlisted;
import org.mediation.registration.regionalday.api.PersonalDataErased;
import org.mediation.registration.regionalday.api.RegionalDayScheduled;
import org.mediation.registration.regionalday.api.RegisterParticipant;
import org.mediation.registration.regionalday.api.RegistrationCancelled;
import org.mediation.registration.regionalday.api.RegistrationClosed;
import org.mediation.registration.regionalday.api.RegistrationOpened;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.ScheduleRegionalDay;
import org.mediation.registration.regionalday.api.SealedPersonalData;
import org.mediation.registration.regionalday.api.UndoCheckIn;
import org.mediation.registration.regionalday.api.WaitlistedParticipantPromoted;

/** The rules of a regional day, one behaviour per test. */
class RegionalDayTest {

    private static final String DAY = "day-1";
    private static final ParticipantCategory MEDIATOR = ParticipantCategory.MEDIATOR;
    private static final SealedPersonalData SEALED =
            new SealedPersonalData("sealed-first", "sealed-last", "sealed-e", "sealed-organisation");

    private FixtureConfiguration<RegionalDay> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(RegionalDay.class);
    }

    @Test
    void a_regional_day_is_scheduled_in_a_french_region_with_seats() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleRegionalDay(DAY, "FR-HDF", "Journée", LocalDate.of(2019, 12, 4), "Liévin", 250))
                .expectEvents(scheduled(250));
    }

    @Test
    void a_day_is_scheduled_with_at_most_100000_seats_as_its_capacity_changes() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleRegionalDay(DAY, "FR-HDF", "Journée", LocalDate.of(2019, 12, 4), "Liévin", 100_001))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void the_largest_capacity_is_100000_seats() {
        fixture.given(scheduled(3), opened())
                .when(new ChangeCapacity(DAY, 100_001))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void the_organisation_is_recorded_sealed_with_the_names_never_in_clear() {
        fixture.given(scheduled(2), opened())
                .when(register("r1", "ada@example.org"))
                .expectEvents(new ParticipantRegistered(
                        DAY,
                        "r1",
                        RegistrationStatus.CONFIRMED,
                        new SealedPersonalData("sealed-first", "sealed-last", "sealed-e", "sealed-organisation"),
                        fingerprint("ada@example.org"),
                        MEDIATOR,
                        null));
    }

    @Test
    void a_registration_recorded_with_its_organisation_in_clear_still_counts_and_cancels() {
        fixture.given(scheduled(1), opened(), registeredBeforeSealing("r1", "ada@example.org"))
                .when(new CancelRegistration(DAY, "r1"))
                .expectEvents(cancelled("r1", RegistrationStatus.CONFIRMED));
    }

    @Test
    void a_region_outside_france_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleRegionalDay(DAY, "DE-BY", "Tag", LocalDate.of(2019, 12, 4), "München", 250))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void only_a_scheduled_day_opens() {
        fixture.given(scheduled(2), opened())
                .when(new OpenRegistration(DAY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void only_an_open_day_closes() {
        fixture.given(scheduled(2)).when(new CloseRegistration(DAY)).expectException(RuleViolation.class);
    }

    @Test
    void an_open_day_closes() {
        fixture.given(scheduled(2), opened())
                .when(new CloseRegistration(DAY))
                .expectEvents(new RegistrationClosed(DAY));
    }

    @Test
    void registration_needs_an_open_day() {
        fixture.given(scheduled(2), opened(), new RegistrationClosed(DAY))
                .when(register("r1", "ada@example.org"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_seat_is_confirmed_while_one_is_free() {
        fixture.given(scheduled(2), opened(), registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED))
                .when(register("r2", "bob@example.org"))
                .expectEvents(registered("r2", "bob@example.org", RegistrationStatus.CONFIRMED))
                .expectResultMessagePayload(RegistrationStatus.CONFIRMED);
    }

    @Test
    void a_full_day_waitlists_in_order_of_arrival() {
        fixture.given(
                        scheduled(1),
                        opened(),
                        registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED),
                        registered("r2", "bob@example.org", RegistrationStatus.WAITLISTED),
                        new ParticipantWaitlisted(DAY, "r2", 1))
                .when(register("r3", "cy@example.org"))
                .expectEvents(
                        registered("r3", "cy@example.org", RegistrationStatus.WAITLISTED),
                        new ParticipantWaitlisted(DAY, "r3", 2))
                .expectResultMessagePayload(RegistrationStatus.WAITLISTED);
    }

    @Test
    void one_active_registration_per_email() {
        fixture.given(scheduled(5), opened(), registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED))
                .when(register("r2", "ada@example.org"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("This email address is already registered for this regional day.")
                .expectNoEvents();
    }

    @Test
    void an_email_registers_again_once_its_registration_is_cancelled() {
        fixture.given(
                        scheduled(5),
                        opened(),
                        registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED),
                        cancelled("r1", RegistrationStatus.CONFIRMED))
                .when(register("r2", "ada@example.org"))
                .expectEvents(registered("r2", "ada@example.org", RegistrationStatus.CONFIRMED));
    }

    @Test
    void an_erased_person_is_forgotten_by_the_duplicate_rule() {
        fixture.given(
                        scheduled(5),
                        opened(),
                        registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED),
                        new PersonalDataErased(DAY, "r1"))
                .when(register("r2", "ada@example.org"))
                .expectEvents(registered("r2", "ada@example.org", RegistrationStatus.CONFIRMED));
    }

    @Test
    void an_erased_registration_keeps_its_seat() {
        fixture.given(
                        scheduled(1),
                        opened(),
                        registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED),
                        new PersonalDataErased(DAY, "r1"))
                .when(register("r2", "bob@example.org"))
                .expectEvents(
                        registered("r2", "bob@example.org", RegistrationStatus.WAITLISTED),
                        new ParticipantWaitlisted(DAY, "r2", 1));
    }

    @Test
    void personal_data_is_erased_once() {
        fixture.given(scheduled(5), opened(), registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED))
                .when(new ErasePersonalData(DAY, "r1"))
                .expectEvents(new PersonalDataErased(DAY, "r1"));
    }

    @Test
    void erasing_an_erased_person_again_changes_nothing() {
        fixture.given(
                        scheduled(5),
                        opened(),
                        registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED),
                        new PersonalDataErased(DAY, "r1"))
                .when(new ErasePersonalData(DAY, "r1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cancelling_a_confirmed_registration_promotes_the_earliest_waitlisted() {
        fixture.given(fullDayWithTwoWaiting())
                .when(new CancelRegistration(DAY, "r1"))
                .expectEvents(
                        cancelled("r1", RegistrationStatus.CONFIRMED),
                        new WaitlistedParticipantPromoted(DAY, "r2", MEDIATOR));
    }

    @Test
    void cancelling_a_waitlisted_registration_promotes_nobody() {
        fixture.given(fullDayWithTwoWaiting())
                .when(new CancelRegistration(DAY, "r2"))
                .expectEvents(cancelled("r2", RegistrationStatus.WAITLISTED));
    }

    @Test
    void a_cancelled_registration_stays_cancelled() {
        fixture.given(
                        scheduled(1),
                        opened(),
                        registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED),
                        cancelled("r1", RegistrationStatus.CONFIRMED))
                .when(new CancelRegistration(DAY, "r1"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_checked_in_participant_cannot_cancel() {
        fixture.given(
                        scheduled(1),
                        opened(),
                        registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED),
                        checkedIn(1))
                .when(new CancelRegistration(DAY, "r1"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void an_unknown_registration_is_not_found() {
        fixture.given(scheduled(1), opened())
                .when(new CancelRegistration(DAY, "nobody"))
                .expectException(RegistrationNotFound.class);
    }

    @Test
    void a_confirmed_participant_checks_in() {
        fixture.given(scheduled(1), opened(), registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED))
                .when(new CheckInParticipant(DAY, "r1"))
                .expectEvents(checkedIn(1))
                .expectResultMessagePayload(true);
    }

    @Test
    void a_second_check_in_changes_nothing() {
        fixture.given(
                        scheduled(1),
                        opened(),
                        registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED),
                        checkedIn(1))
                .when(new CheckInParticipant(DAY, "r1"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_waitlisted_participant_cannot_check_in() {
        fixture.given(fullDayWithTwoWaiting())
                .when(new CheckInParticipant(DAY, "r2"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_cancelled_participant_cannot_check_in() {
        fixture.given(
                        scheduled(1),
                        opened(),
                        registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED),
                        cancelled("r1", RegistrationStatus.CONFIRMED))
                .when(new CheckInParticipant(DAY, "r1"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_check_in_is_undone() {
        fixture.given(r1ConfirmedThen(checkedIn(1)))
                .when(new UndoCheckIn(DAY, "r1"))
                .expectEvents(new CheckInUndone(DAY, "r1", MEDIATOR, 1))
                .expectResultMessagePayload(true);
    }

    @Test
    void undoing_a_check_in_twice_changes_nothing_the_second_time() {
        fixture.given(r1ConfirmedThen(checkedIn(1), new CheckInUndone(DAY, "r1", MEDIATOR, 1)))
                .when(new UndoCheckIn(DAY, "r1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void undoing_the_check_in_of_a_participant_never_checked_in_changes_nothing() {
        fixture.given(r1ConfirmedThen())
                .when(new UndoCheckIn(DAY, "r1"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_participant_checked_in_again_after_an_undo_is_at_check_in_2() {
        fixture.given(r1ConfirmedThen(checkedIn(1), new CheckInUndone(DAY, "r1", MEDIATOR, 1)))
                .when(new CheckInParticipant(DAY, "r1"))
                .expectEvents(checkedIn(2))
                .expectResultMessagePayload(true);
    }

    @Test
    void the_second_check_in_is_the_one_undone_next() {
        fixture.given(r1ConfirmedThen(checkedIn(1), new CheckInUndone(DAY, "r1", MEDIATOR, 1), checkedIn(2)))
                .when(new UndoCheckIn(DAY, "r1"))
                .expectEvents(new CheckInUndone(DAY, "r1", MEDIATOR, 2));
    }

    @Test
    void a_check_in_recorded_before_check_ins_were_numbered_is_check_in_1() {
        fixture.given(r1ConfirmedThen(new ParticipantCheckedIn(DAY, "r1", MEDIATOR, null)))
                .when(new UndoCheckIn(DAY, "r1"))
                .expectEvents(new CheckInUndone(DAY, "r1", MEDIATOR, 1));
    }

    @Test
    void a_participant_whose_check_in_was_undone_can_cancel() {
        fixture.given(r1ConfirmedThen(checkedIn(1), new CheckInUndone(DAY, "r1", MEDIATOR, 1)))
                .when(new CancelRegistration(DAY, "r1"))
                .expectEvents(cancelled("r1", RegistrationStatus.CONFIRMED));
    }

    @Test
    void undoing_the_check_in_of_an_unknown_registration_is_not_found() {
        fixture.given(scheduled(1), opened())
                .when(new UndoCheckIn(DAY, "nobody"))
                .expectException(RegistrationNotFound.class);
    }

    @Test
    void raising_capacity_promotes_from_the_waitlist_earliest_first() {
        fixture.given(fullDayWithTwoWaiting())
                .when(new ChangeCapacity(DAY, 2))
                .expectEvents(new CapacityChanged(DAY, 2), new WaitlistedParticipantPromoted(DAY, "r2", MEDIATOR));
    }

    @Test
    void capacity_never_drops_below_the_confirmed_participants() {
        fixture.given(
                        scheduled(3),
                        opened(),
                        registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED),
                        registered("r2", "bob@example.org", RegistrationStatus.CONFIRMED))
                .when(new ChangeCapacity(DAY, 1))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void capacity_is_final_once_registration_closed() {
        fixture.given(scheduled(3), opened(), new RegistrationClosed(DAY))
                .when(new ChangeCapacity(DAY, 5))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void an_unchanged_capacity_changes_nothing() {
        fixture.given(scheduled(3), opened())
                .when(new ChangeCapacity(DAY, 3))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private Object[] fullDayWithTwoWaiting() {
        return new Object[] {
            scheduled(1),
            opened(),
            registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED),
            registered("r2", "bob@example.org", RegistrationStatus.WAITLISTED),
            new ParticipantWaitlisted(DAY, "r2", 1),
            registered("r3", "cy@example.org", RegistrationStatus.WAITLISTED),
            new ParticipantWaitlisted(DAY, "r3", 2)
        };
    }

    /** A day of one seat, r1 confirmed in it, then the events given. */
    private static Object[] r1ConfirmedThen(Object... then) {
        return Stream.concat(
                        Stream.of(
                                scheduled(1),
                                opened(),
                                registered("r1", "ada@example.org", RegistrationStatus.CONFIRMED)),
                        Stream.of(then))
                .toArray();
    }

    private static ParticipantCheckedIn checkedIn(int number) {
        return new ParticipantCheckedIn(DAY, "r1", MEDIATOR, number);
    }

    private static RegionalDayScheduled scheduled(int capacity) {
        return new RegionalDayScheduled(DAY, "FR-HDF", "Journée", LocalDate.of(2019, 12, 4), "Liévin", capacity);
    }

    private static RegistrationOpened opened() {
        return new RegistrationOpened(DAY);
    }

    private static RegisterParticipant register(String registrationId, String email) {
        return new RegisterParticipant(DAY, registrationId, SEALED, fingerprint(email), MEDIATOR);
    }

    private static ParticipantRegistered registered(String registrationId, String email, RegistrationStatus status) {
        return new ParticipantRegistered(DAY, registrationId, status, SEALED, fingerprint(email), MEDIATOR, null);
    }

    /** As recorded before the organisation was sealed: in clear beside the sealed names and email. */
    private static ParticipantRegistered registeredBeforeSealing(String registrationId, String email) {
        SealedPersonalData sealed = new SealedPersonalData("sealed-first", "sealed-last", "sealed-e", null);
        return new ParticipantRegistered(
                DAY, registrationId, RegistrationStatus.CONFIRMED, sealed, fingerprint(email), MEDIATOR, "AMS Lens");
    }

    private static RegistrationCancelled cancelled(String registrationId, RegistrationStatus previous) {
        return new RegistrationCancelled(DAY, registrationId, previous, MEDIATOR);
    }

    private static EmailFingerprint fingerprint(String email) {
        return new EmailFingerprint("hmac-of-" + email);
    }
}
