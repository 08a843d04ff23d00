package org.mediation.registration.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.api.SealedPersonalData;
import org.springframework.stereotype.Component;

/**
 * Crypto-shredding of participants: names, email and organisation are sealed with AES-256-GCM under a key of their own
 * registration (the registration id is the associated data); {@link #shred} deletes the key and the sealed fields
 * become noise.
 */
@Component
public class PersonalDataCipher {

    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PersonalDataKeys keys;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    /** Creates the registration's key and seals its personal data with it. */
    public SealedPersonalData seal(String registrationId, PersonalData data) {
        byte[] key = keys.create(registrationId);
        return new SealedPersonalData(
                seal(key, registrationId, data.firstName()),
                seal(key, registrationId, data.lastName()),
                seal(key, registrationId, data.email()),
                data.organisation() == null ? null : seal(key, registrationId, data.organisation()));
    }

    /** The personal data, or empty once the key is shredded. */
    public Optional<PersonalData> open(String registrationId, SealedPersonalData sealed) {
        return keys.find(registrationId).map(key -> open(key, registrationId, sealed));
    }

    /** Opens many at once (one key lookup); shredded registrations are absent from the answer. */
    public Map<String, PersonalData> openAll(Map<String, SealedPersonalData> sealedById) {
        Map<String, byte[]> found = keys.findAll(sealedById.keySet());
        Map<String, PersonalData> opened = new HashMap<>();
        found.forEach((id, key) -> opened.put(id, open(key, id, sealedById.get(id))));
        return opened;
    }

    /** Deletes the registration's key: its personal data can never be read again. Idempotent. */
    public void shred(String registrationId) {
        keys.deleteIfPresent(registrationId);
    }

    private String seal(byte[] key, String registrationId, String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, iv, registrationId)
                    .doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private PersonalData open(byte[] key, String registrationId, SealedPersonalData sealed) {
        return new PersonalData(
                open(key, registrationId, sealed.firstName()),
                open(key, registrationId, sealed.lastName()),
                open(key, registrationId, sealed.email()),
                sealed.organisation() == null ? null : open(key, registrationId, sealed.organisation()));
    }

    private String open(byte[] key, String registrationId, String sealed) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            byte[] plain = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, IV_BYTES), registrationId)
                    .doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed personal data of " + registrationId + " does not open", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, String registrationId)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(AES_GCM);
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(registrationId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
