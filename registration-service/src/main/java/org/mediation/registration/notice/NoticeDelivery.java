package org.mediation.registration.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.mediation.registration.personaldata.PersonalDataCipher;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.api.SealedPersonalData;
import org.mediation.registration.regionalday.query.RegionalDayView;

/**
 * One notice handed to the SMTP server at most once, whoever asks (an event's notice, a reminder), and never about a
 * day already over (a registration recorded afterwards, e.g. to complete an attendance list, mails nobody): claimed in
 * the {@link NoticeLedger}, the recipient's personal data opened (nobody is mailed once erased), sent, then marked sent;
 * a refused or failed hand-over releases the claim and is thrown to the caller, who tries again later.
 */
class NoticeDelivery {

    private final NoticeLedger ledger;
    private final NoticeMailer mailer;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    NoticeDelivery(NoticeLedger ledger, NoticeMailer mailer, PersonalDataCipher cipher, Clock clock) {
        this.ledger = ledger;
        this.mailer = mailer;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * {@code sealed} is null for an erased registration; {@code organisation} is the one a registration recorded
     * before it was sealed carries in clear.
     */
    void deliver(
            String noticeId,
            NoticeKind kind,
            String registrationId,
            SealedPersonalData sealed,
            String organisation,
            RegionalDayView day) {
        if (day.date().isBefore(LocalDate.now(clock)) || !ledger.claim(noticeId, registrationId, kind)) {
            return;
        }
        Optional<PersonalData> recipient = Optional.ofNullable(sealed)
                .flatMap(data -> cipher.open(registrationId, data))
                .map(person -> person.withOrganisationIfNone(organisation));
        if (recipient.isEmpty()) {
            ledger.skipped(noticeId);
            return;
        }
        try {
            mailer.send(kind, registrationId, recipient.get(), day);
        } catch (RuntimeException e) {
            ledger.release(noticeId);
            throw e;
        }
        ledger.sent(noticeId);
    }
}
