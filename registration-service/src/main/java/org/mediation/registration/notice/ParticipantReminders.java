package org.mediation.registration.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.mediation.registration.regionalday.api.RegistrationStatus;
import org.mediation.registration.regionalday.query.RegionalDayView;
import org.mediation.registration.regionalday.query.RegionalDayViews;
import org.mediation.registration.regionalday.query.RegistrationView;
import org.mediation.registration.regionalday.query.RegistrationViews;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reminds every confirmed participant of a day two days before it (or later, up to the day itself, when the service
 * was away then), once: the reminder of a registration is claimed in the same ledger as the notices
 * ({@code reminder:<registration id>}), so a restart or a second instance running the same check sends nothing again.
 * A refused hand-over to the SMTP server ends the check; the next one (every hour) goes on. Erased participants are
 * never reminded.
 */
class ParticipantReminders {

    private static final int DAYS_BEFORE = 2;
    private static final int BATCH = 100;

    private final NoticeDelivery delivery;
    private final RegionalDayViews days;
    private final RegistrationViews registrations;
    private final Clock clock;

    ParticipantReminders(NoticeDelivery delivery, RegionalDayViews days, RegistrationViews registrations, Clock clock) {
        this.delivery = delivery;
        this.days = days;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** The days from today to two days ahead, in the clock's zone (Europe/Paris in service). */
    @Scheduled(
            fixedDelayString = "${regional-days.notices.reminder-check:PT1H}",
            initialDelayString = "${regional-days.notices.reminder-first-check:PT30S}")
    void remindTheComingDays() {
        LocalDate today = LocalDate.now(clock);
        days.forEachDatedBetween(today, today.plusDays(DAYS_BEFORE), this::remindEveryone);
    }

    private void remindEveryone(RegionalDayView day) {
        registrations.forEachBatch(
                day.id(),
                Optional.of(RegistrationStatus.CONFIRMED),
                BATCH,
                batch -> batch.forEach(view -> remind(day, view)));
    }

    private void remind(RegionalDayView day, RegistrationView registration) {
        delivery.deliver(
                "reminder:" + registration.id(),
                NoticeKind.REMINDER,
                registration.id(),
                registration.personalData(),
                registration.organisation(),
                day);
    }
}
