package org.mediation.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** HS256 bearer tokens signed with the shared development secret, for tests and {@code run-local.sh}. */
public final class Tokens {

    /** The secret every service uses when {@code JWT_SECRET} is unset; documented in the README. */
    public static final String DEVELOPMENT_SECRET = "local-development-secret-change-me-0123456789";

    private Tokens() {}

    public static String secret() {
        String secret = System.getenv("JWT_SECRET");
        return secret == null || secret.isBlank() ? DEVELOPMENT_SECRET : secret;
    }

    public static String regionalTeam(String region) {
        return mint("team-" + region.toLowerCase(), List.of("REGIONAL_TEAM"), region);
    }

    public static String rapporteur(String userId, String region) {
        return mint(userId, List.of("RAPPORTEUR"), region);
    }

    public static String nationalOffice() {
        return mint("national-office", List.of("NATIONAL_OFFICE"), null);
    }

    public static String operator() {
        return mint("operator", List.of("OPERATOR"), null);
    }

    public static String mint(String subject, List<String> roles, String region) {
        return mint(subject, roles, region, Duration.ofDays(30));
    }

    /** A token valid for {@code validity} from now. */
    public static String mint(String subject, List<String> roles, String region, Duration validity) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", roles)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(validity)));
        if (region != null) {
            claims.claim("region", region);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(secret().getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("JWT_SECRET must be at least 32 bytes long", e);
        }
        return jwt.serialize();
    }

    /** Prints ready-to-use tokens, one per line: {@code name token}. */
    public static void main(String[] args) {
        System.out.println("REGIONAL_TEAM(FR-HDF) " + regionalTeam("FR-HDF"));
        System.out.println("REGIONAL_TEAM(FR-IDF) " + regionalTeam("FR-IDF"));
        System.out.println("RAPPORTEUR(FR-HDF,rapporteur-1) " + rapporteur("rapporteur-1", "FR-HDF"));
        System.out.println("NATIONAL_OFFICE " + nationalOffice());
        System.out.println("OPERATOR " + operator());
    }
}
