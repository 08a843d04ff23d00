package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A participant's journey on registration-service's public pages, in headless Chromium against the real services and
 * a real SMTP server: the day's public page (French, accessible, with its programme) is filled in with the keyboard
 * alone, its errors announced first; the confirmation mail carries the personal link, whose page shows the
 * registration and the programme and cancels it, and the first person on the waitlist is promoted and told.
 */
@Order(9)
class PublicRegistrationPageTest {

    private static final String REGION = "FR-PDL";

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
    void a_person_registers_with_the_keyboard_gets_the_link_by_mail_and_cancels_through_it() {
        String date = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20).toString();
        String day = publicDayWithAWorkshop(date);
        browser.driver.get(system.registration.uri("/inscription/") + "?journee=" + day);
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("form")).isDisplayed());
        assertThat(text("#day-title")).isEqualTo("Inscription — Journée régionale de Nantes");
        browser.waitAtMost(Duration.ofSeconds(30))
                .until(d -> text("#programme").equals("14h00–15h30 · Médiation et numérique · Salle Vauban"));
        assertThat(Accessibility.violations(browser)).isEmpty();

        keys(Keys.TAB, Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("first-name");
        keys(Keys.ENTER);
        assertThat(text("#errors")).startsWith("5 champs sont à corriger");
        assertThat(focused().getAttribute("id")).isEqualTo("errors");
        assertThat(browser.driver.findElement(By.id("email")).getAttribute("aria-invalid"))
                .isEqualTo("true");

        keys(Keys.TAB, "Maëlle", Keys.TAB, "Le Goff", Keys.TAB, "maelle.legoff@example.org", Keys.TAB, "M");
        keys(Keys.TAB, "Médiation 35", Keys.TAB, Keys.TAB, Keys.SPACE, Keys.TAB, Keys.ENTER);
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("done")).isDisplayed());
        assertThat(focused().getAttribute("id")).isEqualTo("done-title");
        assertThat(text("#done-email")).isEqualTo("maelle.legoff@example.org");
        browser.screenshot("public-registration");

        MimeMessage confirmed = SystemMail.awaitMail("maelle.legoff@example.org", 1);
        assertThat(SystemMail.subject(confirmed))
                .isEqualTo("Votre inscription est confirmée — Journée régionale de Nantes");
        assertThat(api.post(
                                system.registration.uri("/api/public/regional-days/" + day + "/registrations"),
                                null,
                                Map.of(
                                        "firstName", "Yann",
                                        "lastName", "Kervella",
                                        "email", "yann.kervella@example.org",
                                        "category", "LOCAL_ACTOR",
                                        "consent", true))
                        .status())
                .isEqualTo(202);
        SystemMail.awaitMail("yann.kervella@example.org", 1);

        browser.driver.get(
                system.registration.uri("/mon-inscription/") + "?lien=" + SystemMail.personalLinkIn(confirmed));
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> text("#answer").equals("Votre inscription est confirmée : une place vous attend."));
        assertThat(text("#name")).isEqualTo("Maëlle Le Goff");
        assertThat(text("#programme")).isEqualTo("14h00–15h30 · Médiation et numérique · Salle Vauban");
        assertThat(browser.driver.findElement(By.id("calendar")).getAttribute("href"))
                .endsWith("/programme.ics");
        assertThat(Accessibility.violations(browser)).isEmpty();

        browser.driver.findElement(By.id("cancel")).click();
        browser.driver.findElement(By.id("confirm-yes")).click();
        browser.waitAtMost(Duration.ofSeconds(10)).until(d -> text("#answer").equals("Votre inscription est annulée."));
        assertThat(text("#status")).isEqualTo("Votre inscription est annulée. Un courriel vous le confirme.");
        assertThat(SystemMail.subject(SystemMail.awaitMail("yann.kervella@example.org", 2)))
                .startsWith("Une place s'est libérée");
    }

    /** A day of one seat whose public page is open, with one workshop in its programme. */
    private String publicDayWithAWorkshop(String date) {
        Organiser organiser = new Organiser(system, REGION);
        String day = organiser.openDay("Journée régionale de Nantes", date, "Nantes", 1);
        String team = Tokens.regionalTeam(REGION);
        assertThat(api.post(
                                system.registration.uri("/api/regional-days/" + day + "/self-registration/open"),
                                team,
                                Map.of())
                        .status())
                .isEqualTo(200);
        String workshop = organiser.workshopWithRapporteur(day, "ACCESS_TO_RIGHTS", "Médiation et numérique");
        assertThat(api.put(
                                system.workshop.uri("/api/workshops/" + workshop + "/schedule"),
                                team,
                                Map.of(
                                        "startsAt", date + "T14:00:00",
                                        "endsAt", date + "T15:30:00",
                                        "room", "Salle Vauban"))
                        .status())
                .isEqualTo(200);
        return day;
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private static WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }
}
