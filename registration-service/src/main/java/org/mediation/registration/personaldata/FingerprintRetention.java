package org.mediation.registration.personaldata;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.mediation.registration.regionalday.query.RegionalDayViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The per-day email fingerprint key serves the duplicate rule only around the day: once {@code
 * regional-days.personal-data.fingerprint-retention} (default 90 days) has passed since its date, the key is deleted,
 * whether the day's registration was closed or never was, and the day's fingerprints can no longer be tested against
 * any email. (A day still open past that gets a new key at its next registration: the duplicate rule then compares
 * only the registrations recorded since.)
 */
@Component
class FingerprintRetention {

    private static final Logger log = LoggerFactory.getLogger(FingerprintRetention.class);

    private final RegionalDayViews days;
    private final EmailFingerprints fingerprints;
    private final Period retention;
    private final Clock clock;

    FingerprintRetention(
            RegionalDayViews days,
            EmailFingerprints fingerprints,
            @Value("${regional-days.personal-data.fingerprint-retention:P90D}") Period retention) {
        this.days = days;
        this.fingerprints = fingerprints;
        this.retention = retention;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(fixedDelayString = "${regional-days.personal-data.retention-check:PT1H}", initialDelay = 60_000)
    void deleteExpiredKeys() {
        LocalDate cutoff = LocalDate.now(clock).minus(retention);
        days.forEachDatedBefore(cutoff, day -> {
            if (fingerprints.forget(day.id())) {
                log.info(
                        "Deleted the email fingerprint key of regional day {} ({} is past its retention)",
                        day.id(),
                        day.date());
            }
        });
    }
}
