package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The rapporteur's page on workshop-service, in headless Chromium on a phone's screen, against the real services: the
 * workshop's rapporteur opens the link the regional team gave, records three contributions (one with a double tap),
 * amends one, withdraws one, sees a failed save keep what was typed, and submits the report; once the regional team
 * publishes it, the day's synthesis holds the contributions as recorded.
 */
@Order(9)
class RapporteurPageTest {

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
    void a_rapporteur_records_amends_withdraws_and_submits_from_a_phone() {
        Organiser bretagne = new Organiser(system, "FR-BRE");
        String day = bretagne.openDay("Journée régionale de Rennes", "2021-05-20", "Rennes");
        String workshop =
                bretagne.workshopWithRapporteur(day, "ACCESS_TO_RIGHTS", "Accès aux droits et démarches en ligne");
        browser.driver.manage().window().setSize(new Dimension(390, 1400));
        open(workshop, Tokens.rapporteur("rapporteur-fr-bre", "FR-BRE"));
        assertThat(text("#workshop-title")).isEqualTo("Accès aux droits et démarches en ligne");
        assertThat(text("#workshop-theme")).isEqualTo("Thème : Accès aux droits et illectronisme");
        assertThat(text("#report-status")).isEqualTo("en cours de rédaction");

        record("PROPOSAL", "Des permanences numériques dans chaque quartier.", "numérique, quartiers");
        recordWithADoubleTap("FINDING", "Les démarches en ligne découragent les plus âgés.");
        record("PROBLEM", "Pas assez de médiateurs le samedi.", "");
        assertThat(listed())
                .containsExactly(
                        "Les démarches en ligne découragent les plus âgés.",
                        "Pas assez de médiateurs le samedi.",
                        "Des permanences numériques dans chaque quartier.");

        contribution("Pas assez de médiateurs le samedi.")
                .findElement(By.xpath(".//button[text()='Modifier']"))
                .click();
        browser.driver.findElement(By.id("text")).clear();
        browser.driver.findElement(By.id("text")).sendKeys("Pas assez de médiateurs le samedi matin.");
        browser.driver.findElement(By.id("save")).click();
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> listed().contains("Pas assez de médiateurs le samedi matin."));

        contribution("Les démarches en ligne découragent les plus âgés.")
                .findElement(By.xpath(".//button[text()='Retirer']"))
                .click();
        browser.driver.switchTo().alert().accept();
        browser.waitAtMost(Duration.ofSeconds(10)).until(d -> listed().size() == 2);

        String tooManyTags =
                String.join(",", IntStream.range(0, 21).mapToObj(i -> "mot" + i).toList());
        type("DEBATE", "Faut-il des permanences le dimanche ?", tooManyTags);
        browser.driver.findElement(By.id("save")).click();
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> !text("#form-error").isEmpty());
        assertThat(text("#form-error")).startsWith("Non enregistrée, votre texte est conservé");
        assertThat(browser.driver.findElement(By.id("text")).getDomProperty("value"))
                .isEqualTo("Faut-il des permanences le dimanche ?");
        assertThat(browser.driver.findElement(By.id("text")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat((Long) browser.driver.executeScript("return document.documentElement.scrollWidth"))
                .as("no horizontal scrolling on a phone")
                .isLessThanOrEqualTo(390L);
        browser.screenshot("rapporteur-phone");
        assertThat(Accessibility.violations(browser)).isEmpty();

        browser.driver.findElement(By.id("submit-report")).click();
        browser.driver.switchTo().alert().accept();
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> text("#report-status").equals("soumis à l'équipe régionale"));
        assertThat(browser.driver.findElement(By.id("contribution-form")).isDisplayed())
                .isFalse();

        JsonNode recorded = api.get(system.workshop.uri("/api/workshops/" + workshop), Tokens.regionalTeam("FR-BRE"))
                .body();
        assertThat(recorded.path("reportStatus").asText()).isEqualTo("SUBMITTED");
        assertThat(recorded.path("contributions").findValuesAsText("text"))
                .containsExactlyInAnyOrder(
                        "Des permanences numériques dans chaque quartier.", "Pas assez de médiateurs le samedi matin.");
        assertThat(api.post(
                                system.workshop.uri("/api/workshops/" + workshop + "/report/publish"),
                                Tokens.regionalTeam("FR-BRE"),
                                Map.of())
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(
                                system.synthesis.uri("/api/regional-days/" + day + "/synthesis"),
                                Tokens.regionalTeam("FR-BRE"))
                        .body()
                        .findValuesAsText("text")
                        .containsAll(List.of(
                                "Des permanences numériques dans chaque quartier.",
                                "Pas assez de médiateurs le samedi matin.")));
        browser.driver.manage().window().setSize(new Dimension(1366, 2000));
    }

    private static void open(String workshop, String token) {
        browser.signInWithLink(system.workshop.uri("/rapporteur/") + "?atelier=" + workshop + "#token=" + token);
        browser.waitAtMost(Duration.ofSeconds(15))
                .until(d -> !text("#report-status").isEmpty());
    }

    private static void record(String kind, String text, String tags) {
        int before = listed().size();
        type(kind, text, tags);
        browser.driver.findElement(By.id("save")).click();
        browser.waitAtMost(Duration.ofSeconds(10)).until(d -> listed().size() == before + 1);
    }

    /** Two taps on « Enregistrer » before the first answer: recorded once. */
    private static void recordWithADoubleTap(String kind, String text) {
        int before = listed().size();
        type(kind, text, "");
        browser.driver.executeScript("const save = document.getElementById('save'); save.click(); save.click();");
        browser.waitAtMost(Duration.ofSeconds(10)).until(d -> listed().size() == before + 1);
        browser.waitAtMost(Duration.ofSeconds(10)).until(d -> text("#status").equals("Contribution enregistrée."));
        assertThat(listed()).filteredOn(text::equals).hasSize(1);
    }

    private static void type(String kind, String text, String tags) {
        browser.driver.findElement(By.id("kind-" + kind)).click();
        browser.driver.findElement(By.id("text")).sendKeys(text);
        browser.driver.findElement(By.id("tags")).sendKeys(tags);
    }

    /** The contributions' texts as the page lists them, kind by kind in the synthesis' order. */
    private static List<String> listed() {
        List<String> texts = new ArrayList<>();
        browser.driver
                .findElements(By.cssSelector("#contributions li > p:first-child"))
                .forEach(p -> texts.add(p.getText()));
        return texts;
    }

    private static WebElement contribution(String text) {
        return browser.driver.findElements(By.cssSelector("#contributions li")).stream()
                .filter(li -> li.findElement(By.cssSelector("p")).getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }
}
