package org.mediation.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code regional-days.public-submissions}: what unauthenticated forms under {@code /api/public/} may send — at most
 * {@code per-address} submissions from one client address and {@code per-target} to one target (a regional day) in
 * their periods, each body at most {@code max-body-size}.
 */
@ConfigurationProperties("regional-days.public-submissions")
record PublicSubmissionSettings(Allowance perAddress, Allowance perTarget, DataSize maxBodySize) {

    PublicSubmissionSettings {
        perAddress = perAddress == null ? new Allowance(20, Duration.ofHours(1)) : perAddress;
        perTarget = perTarget == null ? new Allowance(120, Duration.ofMinutes(1)) : perTarget;
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(8) : maxBodySize;
    }

    /** {@code count} submissions each {@code period}. */
    record Allowance(int count, Duration period) {}
}
