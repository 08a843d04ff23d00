package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The welcome desk's page on registration-service, in headless Chromium on a tablet's screen, against the real
 * services: 25 arrivals found by typing a few letters of their names (accents left out) and checked in with one tap
 * each, a mistaken check-in undone, a walk-in registered and checked in; the present figure follows on the page, and
 * nationally once synthesis has counted.
 */
@Order(9)
class WelcomeDeskPageTest {

    private static final String REGION = "FR-NOR";
    private static final List<String> LAST_NAMES = List.of(
            "Lefèvre",
            "Bérenger",
            "Moreau",
            "Girard",
            "Rousseau",
            "Fournier",
            "Mercier",
            "Chevalier",
            "Lambert",
            "Bonnet",
            "Faure",
            "André",
            "Gauthier",
            "Perrin",
            "Morel",
            "Clément",
            "Dufour",
            "Blanchard",
            "Guérin",
            "Boyer",
            "Garnier",
            "Legrand",
            "Roussel",
            "Lemaître",
            "Vasseur");

    private static Browser browser;
    private static TheSystem system;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        system = TheSystem.get();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_desk_finds_and_checks_in_25_arrivals_undoes_one_and_registers_a_walk_in() {
        String team = Tokens.regionalTeam(REGION);
        String day = new Organiser(system, REGION).openDay("Journée régionale de Caen", "2021-06-10", "Caen");
        LAST_NAMES.forEach(lastName -> assertThat(api.post(
                                system.registration.uri("/api/regional-days/" + day + "/registrations"),
                                team,
                                Map.of(
                                        "firstName",
                                        "Élise",
                                        "lastName",
                                        lastName,
                                        "email",
                                        plain(lastName) + "@example.org",
                                        "category",
                                        "MEDIATOR"))
                        .status())
                .isEqualTo(201));
        browser.driver.manage().window().setSize(new Dimension(820, 1180));
        browser.signInWithLink(system.registration.uri("/accueil/") + "?journee=" + day + "#token=" + team);
        browser.waitAtMost(Duration.ofSeconds(10)).until(d -> text("#expected").equals("25"));
        assertThat(text("#present")).isEqualTo("0");

        for (String lastName : LAST_NAMES) {
            String typed = plain(lastName).substring(0, 4);
            WebElement arrival = found(typed, lastName);
            arrival.findElement(By.xpath(".//button[text()='Arrivée']")).click();
            browser.waitAtMost(Duration.ofSeconds(10))
                    .until(d -> text("#status").equals("Arrivée de " + lastName + " Élise enregistrée."));
        }
        browser.waitAtMost(Duration.ofSeconds(10)).until(d -> text("#present").equals("25"));
        browser.screenshot("welcome-desk");
        assertThat(Accessibility.violations(browser)).isEmpty();

        found("more", "Moreau")
                .findElement(By.xpath(".//button[text()=\"Annuler l'arrivée\"]"))
                .click();
        browser.waitAtMost(Duration.ofSeconds(10)).until(d -> text("#present").equals("24"));
        assertThat(found("more", "Moreau").findElements(By.xpath(".//button[text()='Arrivée']")))
                .hasSize(1);

        browser.driver.findElement(By.id("walk-in-first-name")).sendKeys("Yanis");
        browser.driver.findElement(By.id("walk-in-last-name")).sendKeys("Kaci");
        browser.driver.findElement(By.id("walk-in-email")).sendKeys("yanis.kaci@example.org");
        browser.driver.findElement(By.id("walk-in-save")).click();
        browser.waitAtMost(Duration.ofSeconds(10)).until(d -> text("#present").equals("25"));
        assertThat(text("#expected")).isEqualTo("26");
        assertThat(text("#status")).isEqualTo("Yanis Kaci est inscrit·e et son arrivée enregistrée.");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(system.national(), Tokens.nationalOffice())
                                .body()
                                .path("regions")
                                .path(REGION)
                                .path("checkedIn")
                                .asInt()
                        == 25);
        browser.driver.manage().window().setSize(new Dimension(1366, 2000));
    }

    /** Types the letters in the search field and waits for the person's row. */
    private static WebElement found(String typed, String lastName) {
        WebElement search = browser.driver.findElement(By.id("search"));
        search.clear();
        search.sendKeys(typed);
        return browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#results li")).stream()
                        .filter(li -> li.getText().startsWith(lastName + " Élise"))
                        .findFirst()
                        .orElse(null));
    }

    /** « Bérenger » → « berenger ». */
    private static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase();
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }
}
