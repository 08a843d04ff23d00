package org.mediation.registration.regionalday.api;

/**
 * A keyed hash (HMAC-SHA256 with the day's own fingerprint key) of a lower-cased email: enough for the aggregate to
 * refuse a second registration with the same email, useless without the key to find out whose it is.
 */
public record EmailFingerprint(String value) {

    public EmailFingerprint {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an email fingerprint is required");
        }
    }
}
