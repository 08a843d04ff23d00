package org.mediation.registration.regionalday.command;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediation.registration.regionalday.api.CloseSelfRegistration;
import org.mediation.registration.regionalday.api.EmailFingerprint;
import org.mediation.registration.regionalday.api.OpenSelfRegistration;
import org.mediation.registration.regionalday.api.ParticipantCategory;
import org.mediation.registration.regionalday.api.ParticipantRegistered;
import org.mediation.registration.regionalday.api.ParticipantWaitlisted;
import org.mediation.registration.regionalday.api.RegionalDayScheduled;
import org.mediation.registration.regionalday.api.RegisterThemselves;
import org.mediation.registration.regionalday.api.RegistrationCancelled;
import org.mediation.registration.regionalday.api.RegistrationClosed;
import org.mediation.registration.regionalday.api.RegistrationOpened;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.api.SealedPersonalData;
import org.mediation.registration.regionalday.api.SelfRegistrationClosed;
import org.mediation.registration.regionalday.api.SelfRegistrationOpened;
import org.mediation.registration.regionalday.api.SelfRegistrationRepeated;

/** The rules of a day's public page, one behaviour per test; the day is on 4 December 2019. */
class SelfRegistrationTest {

    private static final String DAY = "day-1";
    private static final LocalDate THE_DAY = LocalDate.of(2019, 12, 4);
    private static final LocalDate TODAY = LocalDate.of(2019, 11, 20);
    private static final ParticipantCategory MEDIATOR = ParticipantCategory.MEDIATOR;
    private static final SealedPersonalData SEALED = new SealedPersonalData("first", "last", "email", null);

    private FixtureConfiguration<RegionalDay> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(RegionalDay.class);
    }

    @Test
    void the_public_page_opens_while_registration_is_open_until_a_closing_date() {
        fixture.given(scheduled(2), new RegistrationOpened(DAY))
                .when(new OpenSelfRegistration(DAY, LocalDate.of(2019, 11, 30), TODAY))
                .expectEvents(new SelfRegistrationOpened(DAY, LocalDate.of(2019, 11, 30)));
    }

    @Test
    void the_public_page_of_a_day_not_open_for_registration_stays_closed() {
        fixture.given(scheduled(2))
                .when(new OpenSelfRegistration(DAY, null, TODAY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_closing_date_after_the_day_is_refused() {
        fixture.given(scheduled(2), new RegistrationOpened(DAY))
                .when(new OpenSelfRegistration(DAY, THE_DAY.plusDays(1), TODAY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_closing_date_already_past_is_refused() {
        fixture.given(scheduled(2), new RegistrationOpened(DAY))
                .when(new OpenSelfRegistration(DAY, TODAY.minusDays(1), TODAY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_person_registers_themselves_by_the_days_rules_seated_then_waitlisted() {
        fixture.given(openPage(null, registered("r1", "ada@example.org")))
                .when(themselves("r2", "grace@example.org", TODAY))
                .expectEvents(
                        new ParticipantRegistered(
                                DAY,
                                "r2",
                                RegistrationStatus.WAITLISTED,
                                SEALED,
                                fingerprint("grace@example.org"),
                                MEDIATOR,
                                null),
                        new ParticipantWaitlisted(DAY, "r2", 1))
                .expectResultMessagePayload(true);
    }

    @Test
    void the_public_page_takes_registrations_on_its_closing_date() {
        fixture.given(openPage(LocalDate.of(2019, 11, 30)))
                .when(themselves("r1", "ada@example.org", LocalDate.of(2019, 11, 30)))
                .expectResultMessagePayload(true);
    }

    @Test
    void the_public_page_takes_no_registration_after_its_closing_date() {
        fixture.given(openPage(LocalDate.of(2019, 11, 30)))
                .when(themselves("r1", "ada@example.org", LocalDate.of(2019, 12, 1)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void without_a_closing_date_the_public_page_closes_after_the_day() {
        fixture.given(openPage(null))
                .when(themselves("r1", "ada@example.org", THE_DAY.plusDays(1)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_closed_public_page_takes_no_registration() {
        fixture.given(openPage(null, new SelfRegistrationClosed(DAY)))
                .when(themselves("r1", "ada@example.org", TODAY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void closing_registration_closes_the_public_page_too() {
        fixture.given(openPage(null, new RegistrationClosed(DAY)))
                .when(themselves("r1", "ada@example.org", TODAY))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void an_email_already_registered_registers_nobody_and_its_holder_is_told() {
        fixture.given(openPage(null, registered("r1", "ada@example.org")))
                .when(themselves("r2", "ada@example.org", TODAY))
                .expectEvents(new SelfRegistrationRepeated(DAY, "r1"))
                .expectResultMessagePayload(false);
    }

    @Test
    void the_holder_of_an_email_is_told_of_repeats_three_times_at_most() {
        fixture.given(openPage(
                        null,
                        registered("r1", "ada@example.org"),
                        new SelfRegistrationRepeated(DAY, "r1"),
                        new SelfRegistrationRepeated(DAY, "r1"),
                        new SelfRegistrationRepeated(DAY, "r1")))
                .when(themselves("r2", "ada@example.org", TODAY))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void an_email_whose_registration_was_cancelled_registers_again() {
        fixture.given(openPage(
                        null,
                        registered("r1", "ada@example.org"),
                        new RegistrationCancelled(DAY, "r1", RegistrationStatus.CONFIRMED, MEDIATOR)))
                .when(themselves("r2", "ada@example.org", TODAY))
                .expectResultMessagePayload(true);
    }

    @Test
    void closing_a_closed_public_page_changes_nothing() {
        fixture.given(scheduled(1), new RegistrationOpened(DAY))
                .when(new CloseSelfRegistration(DAY))
                .expectNoEvents();
    }

    /** A day of one seat whose public page is open, then {@code then}. */
    private static Object[] openPage(LocalDate closesOn, Object... then) {
        return Stream.concat(
                        Stream.of(scheduled(1), new RegistrationOpened(DAY), new SelfRegistrationOpened(DAY, closesOn)),
                        Stream.of(then))
                .toArray();
    }

    private static RegionalDayScheduled scheduled(int capacity) {
        return new RegionalDayScheduled(DAY, "FR-HDF", "Journée", THE_DAY, "Liévin", capacity);
    }

    private static RegisterThemselves themselves(String registrationId, String email, LocalDate today) {
        return new RegisterThemselves(DAY, registrationId, SEALED, fingerprint(email), MEDIATOR, today);
    }

    private static ParticipantRegistered registered(String registrationId, String email) {
        return new ParticipantRegistered(
                DAY, registrationId, RegistrationStatus.CONFIRMED, SEALED, fingerprint(email), MEDIATOR, null);
    }

    private static EmailFingerprint fingerprint(String email) {
        return new EmailFingerprint("hmac-of-" + email);
    }
}
