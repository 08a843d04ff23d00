package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;
import org.mediation.local.Tokens;
import org.openqa.selenium.By;

/**
 * Signing in through a real Keycloak ({@link Keycloak}: the project's realm and demo users): one more synthesis-service
 * instance on the system's store and broker trusts its tokens only (issuer, audience {@value Keycloak#AUDIENCE}, no
 * clock skew so that an expired token is refused at once), and its dashboard signs people in through Keycloak's own
 * login form in headless Chromium.
 */
@Order(15)
class KeycloakSignInTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Keycloak keycloak;
    private static TheSystem system;
    private static ServiceProcess synthesis;
    private static Browser browser;
    private static String hautsDeFranceDay;
    private static String occitanieDay;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        keycloak = Keycloak.get();
        system = TheSystem.get();
        synthesis = system.start(
                "synthesis-service",
                Map.of(
                        "server.port",
                        Integer.toString(keycloak.dashboardPort),
                        "regional-days.security.issuer-uri",
                        keycloak.issuer(),
                        "regional-days.security.audience",
                        Keycloak.AUDIENCE,
                        "regional-days.security.clock-skew",
                        "0s",
                        "regional-days.pages.sign-in.client-id",
                        Keycloak.DASHBOARD_CLIENT));
        hautsDeFranceDay = new Organiser(system, "FR-HDF").openDay("Journée régionale d'Arras", "2021-03-11", "Arras");
        occitanieDay = new Organiser(system, "FR-OCC").openDay("Journée régionale de Nîmes", "2021-03-18", "Nîmes");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (synthesis != null) {
            synthesis.close();
        }
    }

    @Test
    void the_national_office_signs_in_through_keycloaks_login_form_sees_the_live_figures_and_signs_out() {
        // Tokens of 20 s, less than the 30 s the page wants left before a call: each call refreshes the token first.
        keycloak.updateRealm(Map.of("accessTokenLifespan", 20));
        try {
            browser.driver.get(synthesis.uri("/dashboard/").toString());
            signInThroughKeycloak("bureau-national");

            browser.waitAtMost(Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("main")).isDisplayed());
            assertThat(text("#who")).isEqualTo("Hélène Dupont (bureau national)");
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");
            browser.waitAtMost(Duration.ofSeconds(15))
                    .until(d -> text("#status").startsWith("En direct"));
            long confirmed = nationalConfirmed();
            browser.waitAtMost(Duration.ofSeconds(10)).until(d -> figure() == confirmed);
            new Organiser(system, "FR-HDF").register(hautsDeFranceDay, "MEDIATOR");
            browser.waitAtMost(Duration.ofSeconds(30)).until(d -> figure() == confirmed + 1);
            browser.screenshot("dashboard-keycloak");

            Object before = storedToken();
            browser.driver
                    .findElement(By.cssSelector("#themes tr[data-theme=ACCESS_TO_RIGHTS] button"))
                    .click();
            browser.waitAtMost(Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("detail")).isDisplayed());
            assertThat(storedToken())
                    .as("refreshed through Keycloak before the call")
                    .isNotEqualTo(before);
        } finally {
            keycloak.updateRealm(Map.of("accessTokenLifespan", 300));
        }

        browser.driver.findElement(By.id("sign-out")).click();
        browser.waitAtMost(Duration.ofSeconds(15))
                .until(d -> d.findElement(By.cssSelector("#sign-in button")).isDisplayed());
        assertThat(browser.driver.findElement(By.id("main")).isDisplayed()).isFalse();
        browser.driver.findElement(By.cssSelector("#sign-in button")).click();
        browser.waitAtMost(Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.id("password")).isEmpty());
        assertThat(browser.driver.getCurrentUrl())
                .as("Keycloak's session ended: it asks for the password again")
                .startsWith(keycloak.issuer() + "/");
    }

    @Test
    void a_regional_teams_token_reads_its_regions_day_and_is_refused_another_regions() {
        String team = keycloak.token("equipe-hdf");

        assertThat(claims(team).path("region").asText()).isEqualTo("FR-HDF");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(synthesisOf(hautsDeFranceDay), team).status() == 200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(synthesisOf(occitanieDay), keycloak.token("equipe-occ"))
                                .status()
                        == 200);
        assertThat(api.get(synthesisOf(occitanieDay), team).status()).isEqualTo(403);
    }

    @Test
    void tokens_for_another_audience_from_another_realm_expired_or_signed_with_the_shared_secret_are_refused() {
        String otherAudience = keycloak.tokens(
                        Keycloak.REALM, "admin-cli", null, "bureau-national", "bureau-national-local")
                .path("access_token")
                .asText();
        String otherRealm = keycloak.tokens("master", "admin-cli", null, "admin", "admin-local")
                .path("access_token")
                .asText();
        String sharedSecret = Tokens.mint("bureau-national", List.of("NATIONAL_OFFICE"), null, Duration.ofHours(1));

        assertThat(claims(otherAudience).path("aud").toString()).doesNotContain(Keycloak.AUDIENCE);
        assertThat(claims(otherRealm).path("iss").asText()).isEqualTo(keycloak.issuer("master"));
        assertThat(api.get(system.national(), sharedSecret).status())
                .as("the same token is good for the system's own synthesis")
                .isEqualTo(200);
        for (String refused : List.of(otherAudience, otherRealm, sharedSecret, expired())) {
            assertThat(api.get(synthesis.uri("/api/national/aggregate"), refused)
                            .status())
                    .isEqualTo(401);
        }
        assertThat(api.get(synthesis.uri("/api/national/aggregate"), keycloak.token("bureau-national"))
                        .status())
                .isEqualTo(200);
    }

    /** A national-office token that expired: the realm's tokens made to last 2 s for a moment. */
    private static String expired() {
        keycloak.updateRealm(Map.of("accessTokenLifespan", 2));
        String token;
        try {
            token = keycloak.token("bureau-national");
        } finally {
            keycloak.updateRealm(Map.of("accessTokenLifespan", 300));
        }
        Instant expiry = Instant.ofEpochSecond(claims(token).path("exp").asLong());
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));
        return token;
    }

    /** « Se connecter », then Keycloak's login form (in French) with the demo user's local password. */
    private static void signInThroughKeycloak(String username) {
        browser.waitAtMost(Duration.ofSeconds(15))
                .until(d -> d.findElement(By.cssSelector("#sign-in button")).isDisplayed());
        browser.driver.findElement(By.cssSelector("#sign-in button")).click();
        browser.waitAtMost(Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.id("username")).isEmpty());
        assertThat(browser.driver.getCurrentUrl()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth");
        assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("fr");
        browser.screenshot("keycloak-login");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(username + "-local");
        browser.driver.findElement(By.id("kc-login")).click();
    }

    private URI synthesisOf(String day) {
        return synthesis.uri("/api/regional-days/" + day + "/synthesis");
    }

    private long nationalConfirmed() {
        return api.get(synthesis.uri("/api/national/aggregate"), keycloak.token("bureau-national"))
                .body()
                .path("attendance")
                .path("confirmed")
                .asLong();
    }

    /** The confirmed figure the page shows, -1 before it shows one. */
    private static long figure() {
        String digits = text("#figure-confirmed").replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    private static Object storedToken() {
        return browser.driver.executeScript("return sessionStorage.getItem('regional-days.token')");
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    private static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
