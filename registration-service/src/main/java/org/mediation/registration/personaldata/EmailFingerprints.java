package org.mediation.registration.personaldata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mediation.registration.regionalday.api.EmailFingerprint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fingerprints of emails for the duplicate rule: HMAC-SHA256 of the lower-cased email under a key of the regional
 * day, so the same person yields unrelated fingerprints on two days and nobody without the key can test a guess. The
 * keys of at most {@code regional-days.personal-data.cached-fingerprint-keys} days (default 1,000) are kept in memory.
 */
@Component
public class EmailFingerprints {

    private static final String HMAC = "HmacSHA256";

    private final PersonalDataKeys keys;
    private final Cache<String, byte[]> dayKeys;

    EmailFingerprints(
            PersonalDataKeys keys,
            @Value("${regional-days.personal-data.cached-fingerprint-keys:1000}") int cachedKeys) {
        this.keys = keys;
        this.dayKeys = Caffeine.newBuilder().maximumSize(cachedKeys).build();
    }

    public EmailFingerprint of(String dayId, String email) {
        byte[] key = dayKeys.get(dayId, id -> keys.findOrCreate(keyId(id)));
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            byte[] digest = mac.doFinal(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return new EmailFingerprint(Base64.getEncoder().withoutPadding().encodeToString(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Deletes the day's key (retention): answers whether there was one. */
    boolean forget(String dayId) {
        dayKeys.invalidate(dayId);
        return keys.deleteIfPresent(keyId(dayId));
    }

    private static String keyId(String dayId) {
        return "fingerprint:" + dayId;
    }
}
