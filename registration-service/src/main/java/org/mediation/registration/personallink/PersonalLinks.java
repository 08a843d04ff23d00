package org.mediation.registration.personallink;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal links: {@code <public-url>/mon-inscription/?lien=<token>}, the token being the registration, its day and the
 * last valid date, signed with HMAC-SHA256 ({@link PersonalLinkKey}). A token opens only its own registration, cannot
 * be altered without failing its signature, and is refused after the day. Docs: docs/security.md.
 */
@Component
public class PersonalLinks {

    private static final String SEPARATOR = ".";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final PersonalLinkKey key;
    private final String publicUrl;

    PersonalLinks(PersonalLinkKey key, @Value("${regional-days.public-url}") String publicUrl) {
        this.key = key;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The link of a registration, valid until the end of its day. */
    public String urlOf(String dayId, String registrationId, LocalDate day) {
        return publicUrl + "/mon-inscription/?lien=" + tokenOf(new PersonalLink(dayId, registrationId, day));
    }

    String tokenOf(PersonalLink link) {
        String payload = String.join(
                SEPARATOR,
                link.registrationId(),
                link.dayId(),
                link.validUntil().toString());
        return payload + SEPARATOR + signature(payload);
    }

    /** The registration a token opens on {@code today}; empty when altered, malformed or past its day. */
    public Optional<PersonalLink> read(String token, LocalDate today) {
        int last = token.lastIndexOf(SEPARATOR);
        if (last < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, signature(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\" + SEPARATOR);
        PersonalLink link = new PersonalLink(parts[1], parts[0], LocalDate.parse(parts[2]));
        return today.isAfter(link.validUntil()) ? Optional.empty() : Optional.of(link);
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
