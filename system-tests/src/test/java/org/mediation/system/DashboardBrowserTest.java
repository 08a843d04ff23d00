package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard in headless Chromium against the four services: live figures without reload, a theme's lineage, the
 * "as of" view, an operator's dry run, the restitution PDF of the seed's two regional days, a link's token used only
 * when asked for and never in place of the signed-in identity unasked. The tests sign in with a token of their own in
 * the URL fragment, as run-local.sh prints it (and the page's « Se connecter avec ce lien »), and write screenshots
 * under target/screenshots/. The sign-in through Keycloak is {@link KeycloakSignInTest}'s.
 */
@Order(3)
class DashboardBrowserTest {

    /** The seed's two regional days (Hauts-de-France), each theme's proposal by day. */
    private static final Map<String, String> SAINT_QUENTIN = Map.of(
            "ACCESS_TO_RIGHTS", "Former les agents d'accueil aux démarches en ligne.",
            "MEDIATION_NETWORK", "Un collectif de médiateurs qui se réunit tous les trois mois.");

    private static final Map<String, String> LIEVIN = Map.of(
            "ACCESS_TO_RIGHTS", "Des permanences numériques dans chaque quartier.",
            "MEDIATOR_TRAINING", "Un module commun de formation pour les médiateurs débutants.");
    private static final Map<String, String> THEME_LABELS = Map.of(
            "ACCESS_TO_RIGHTS", "Accès aux droits et illectronisme",
            "MEDIATION_NETWORK", "Réseau de la médiation sociale",
            "MEDIATOR_TRAINING", "Formation au métier de médiateur");
    private static final AtomicInteger SIGN_INS = new AtomicInteger();
    private static final String MERGED = "Ouvrir des permanences numériques et former les agents d'accueil.";
    private static final String INTRODUCTION = "Deux journées, une même demande : l'accès aux droits en ligne.";

    private static Browser browser;
    private static TheSystem system;
    private static String lievin;
    private final Api api = new Api();

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        system = TheSystem.get();
        Organiser hautsDeFrance = new Organiser(system, "FR-HDF");
        String saintQuentin =
                hautsDeFrance.openDay("Journée régionale de Saint-Quentin", "2019-11-19", "Saint-Quentin");
        lievin = hautsDeFrance.openDay("Journée régionale de Liévin", "2019-12-04", "Liévin");
        SAINT_QUENTIN.forEach((theme, proposal) -> hautsDeFrance.publishedWorkshop(
                saintQuentin, theme, THEME_LABELS.get(theme), proposalAndPractice(proposal)));
        LIEVIN.forEach((theme, proposal) ->
                hautsDeFrance.publishedWorkshop(lievin, theme, THEME_LABELS.get(theme), proposalAndPractice(proposal)));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> new Api()
                        .get(system.synthesis.uri("/api/regional-days/" + lievin + "/synthesis"), national())
                        .body()
                        .path("workshops")
                        .findValuesAsText("reportStatus")
                        .equals(List.of("PUBLISHED", "PUBLISHED")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_confirmed_figure_follows_a_registration_within_five_seconds_without_reload() {
        Organiser centre = new Organiser(system, "FR-CVL");
        String day = centre.openDay("Journée régionale d'Orléans", "2020-02-06", "Orléans");
        open("/dashboard/", national());
        long before = figure("figure-confirmed");
        browser.driver.executeScript("window.notReloaded = true");

        centre.register(day, "MEDIATOR");

        browser.waitAtMost(Duration.ofSeconds(5)).until(d -> figure("figure-confirmed") == before + 1);
        assertThat(browser.driver.executeScript("return window.notReloaded === true"))
                .isEqualTo(true);
        assertThat(text("#status")).startsWith("En direct");
        browser.screenshot("dashboard");
        browser.driver.manage().window().setSize(new Dimension(820, 1180));
        assertThat((Long) browser.driver.executeScript("return document.documentElement.scrollWidth"))
                .as("no horizontal scrolling on a tablet")
                .isLessThanOrEqualTo(820L);
        browser.screenshot("dashboard-tablet");
        browser.driver.manage().window().setSize(new Dimension(1366, 2000));
    }

    @Test
    void a_themes_lineage_shows_the_rows_the_api_gives_and_a_day_opens_onto_its_synthesis() {
        open("/dashboard/", national());
        browser.driver
                .findElement(By.cssSelector("#themes tr[data-theme=ACCESS_TO_RIGHTS] button"))
                .click();
        List<WebElement> rows = browser.waitAtMost(Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#lineage tbody tr"), 0));
        JsonNode lineage = api.get(
                        system.synthesis.uri("/api/national/themes/ACCESS_TO_RIGHTS/contributions"), national())
                .body();
        List<String> expected = new ArrayList<>();
        lineage.forEach(entry -> expected.add(entry.path("contributionId").asText() + " | "
                + entry.path("text").asText() + " | "
                + entry.path("regionalDayTitle").asText()));
        assertThat(rows.stream()
                        .map(row -> row.getAttribute("data-contribution-id") + " | "
                                + row.findElement(By.cssSelector("td:nth-child(2)"))
                                        .getText() + " | "
                                + row.findElement(By.cssSelector("td:nth-child(4)"))
                                        .getText())
                        .toList())
                .isNotEmpty()
                .containsExactlyElementsOf(expected);
        browser.screenshot("lineage");

        browser.driver
                .findElement(By.cssSelector("#regions tr[data-region=FR-HDF] button"))
                .click();
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> d.findElement(
                        By.cssSelector("#regional-days tr[data-regional-day-id='" + lievin + "'] button")))
                .click();
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#synthesis h1")).isEmpty());
        assertThat(text("#synthesis"))
                .contains("Synthèse — Journée régionale de Liévin", LIEVIN.get("ACCESS_TO_RIGHTS"));
        browser.screenshot("synthesis");
    }

    @Test
    void as_of_an_instant_between_two_phases_the_page_shows_the_figures_of_that_instant() {
        Organiser occitanie = new Organiser(system, "FR-OCC");
        String day = occitanie.openDay("Journée régionale de Toulouse", "2020-03-05", "Toulouse");
        occitanie.register(day, "MEDIATOR");
        occitanie.register(day, "PROFESSIONAL");
        awaitRegionConfirmed("FR-OCC", 2);
        Instant between = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        await().atMost(Duration.ofSeconds(2)).until(() -> Instant.now().isAfter(between));
        occitanie.register(day, "ELECTED_OFFICIAL");
        awaitRegionConfirmed("FR-OCC", 3);

        open("/dashboard/", national());
        browser.waitAtMost(Duration.ofSeconds(5))
                .until(d -> regionCell("FR-OCC", 3).equals("3"));
        WebElement asOf = browser.driver.findElement(By.id("as-of"));
        browser.driver.executeScript(
                "arguments[0].value = arguments[1]",
                asOf,
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                        .withZone(ZoneOffset.UTC)
                        .format(between));
        browser.driver
                .findElement(By.cssSelector("#as-of-form button[type=submit]"))
                .click();

        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("historical")).isDisplayed());
        browser.waitAtMost(Duration.ofSeconds(5))
                .until(d -> regionCell("FR-OCC", 3).equals("2"));
        long confirmedThen = api.get(system.synthesis.uri("/api/national/aggregate?asOf=" + between), national())
                .body()
                .path("attendance")
                .path("confirmed")
                .asLong();
        assertThat(figure("figure-confirmed")).isEqualTo(confirmedThen);
        assertThat(text("#historical")).contains("Vue historique");
        browser.screenshot("as-of");
    }

    @Test
    void an_operators_dry_run_fills_its_progress_bar_and_shows_its_checksums() {
        open("/dashboard/operations", Tokens.mint("operator-browser", List.of("OPERATOR"), null, Duration.ofHours(1)));
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("verdict-text")).getText().startsWith("Journal"));
        browser.driver.findElement(By.id("reason")).sendKeys("Contrôle avant la restitution nationale");
        browser.driver.findElement(By.id("replay-start")).click();

        browser.waitAtMost(Duration.ofSeconds(120))
                .until(d -> d.findElement(By.id("replay-result")).isDisplayed());
        assertThat(text("#replay-percent")).isEqualTo("100 %");
        assertThat(browser.driver.findElement(By.id("replay-progress")).getDomProperty("value"))
                .isEqualTo("100");
        assertThat(text("#checksum-before")).matches("[0-9a-f]{64}");
        assertThat(text("#checksum-after")).matches("[0-9a-f]{64}");
        assertThat(text("#swapped")).isEqualTo("non");
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#audit-log tr:first-child td:nth-child(3)"))
                        .getText()
                        .equals("essai à blanc"));
        assertThat(text("#verdict-text")).startsWith("Journal intègre");
        browser.screenshot("operations");
    }

    @Test
    void the_restitution_pdf_of_the_two_seed_days_holds_each_themes_proposals_with_their_day_and_region()
            throws IOException {
        open("/dashboard/", national());
        browser.driver.executeScript("document.getElementById('restitution-from').value = '2019-11-19';"
                + "document.getElementById('restitution-to').value = '2019-12-04';");
        browser.driver.findElement(By.id("restitution-pdf")).click();

        Path pdf = browser.waitAtMost(Duration.ofSeconds(30)).until(d -> downloaded(".pdf"));
        String text = pdfText(pdf);
        assertThat(text)
                .contains("Restitution nationale des journées régionales, du 19 novembre 2019 au 4 décembre 2019");
        Map<String, String> lines = new LinkedHashMap<>();
        SAINT_QUENTIN.forEach((theme, proposal) ->
                lines.put(proposal, " — Journée régionale de Saint-Quentin, Hauts-de-France, 19 novembre 2019"));
        LIEVIN.forEach((theme, proposal) ->
                lines.put(proposal, " — Journée régionale de Liévin, Hauts-de-France, 4 décembre 2019"));
        lines.forEach((proposal, source) -> assertThat(text).contains(proposal + source));
        Stream.of(SAINT_QUENTIN, LIEVIN)
                .forEach(day -> day.forEach((theme, proposal) -> assertThat(text.indexOf(THEME_LABELS.get(theme)))
                        .as("%s comes under %s", proposal, theme)
                        .isBetween(0, text.indexOf(proposal))));
    }

    @Test
    void the_national_office_merges_two_seed_proposals_into_version_one_which_hauts_de_france_finds_its_own_in()
            throws IOException {
        open("/dashboard/restitutions", national());
        browser.driver.findElement(By.id("edition-title")).sendKeys("Restitution nationale 2019");
        browser.driver.executeScript("document.getElementById('edition-from').value = '2019-11-19';"
                + "document.getElementById('edition-to').value = '2019-12-04';");
        browser.driver.findElement(By.id("edition-title")).sendKeys(Keys.ENTER);
        String accessProposals = "//fieldset[legend='" + THEME_LABELS.get("ACCESS_TO_RIGHTS") + "']";
        for (String proposal : List.of(SAINT_QUENTIN.get("ACCESS_TO_RIGHTS"), LIEVIN.get("ACCESS_TO_RIGHTS"))) {
            WebElement label = browser.waitAtMost(Duration.ofSeconds(15))
                    .until(d ->
                            d.findElement(By.xpath(accessProposals + "//label[contains(., \"" + proposal + "\")]")));
            browser.driver.findElement(By.id(label.getDomAttribute("for"))).sendKeys(Keys.SPACE);
        }
        assertThat(text("#chosen-sources")).isEqualTo("2 contribution(s) choisie(s).");
        WebElement add = browser.driver.findElement(By.cssSelector("#statement-form button[type=submit]"));
        add.sendKeys(Keys.ENTER);
        browser.waitAtMost(Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("statement-errors")).isDisplayed());
        assertThat(text("#statement-errors")).contains("Écrivez la formulation", "Choisissez au moins un thème");
        assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id"))
                .isEqualTo("statement-errors");
        browser.driver.findElement(By.id("statement-text")).sendKeys(MERGED);
        browser.driver.findElement(By.id("theme-ACCESS_TO_RIGHTS")).sendKeys(Keys.SPACE);
        add.sendKeys(Keys.ENTER);
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("[data-theme=ACCESS_TO_RIGHTS] li.statement"))
                        .isEmpty());
        browser.driver.findElement(By.id("intro-ACCESS_TO_RIGHTS")).sendKeys(INTRODUCTION);
        browser.driver
                .findElement(By.cssSelector("[data-save-introduction=ACCESS_TO_RIGHTS]"))
                .click();
        browser.waitAtMost(Duration.ofSeconds(10)).until(d -> text("#status").equals("Introduction enregistrée."));
        assertThat(Accessibility.violations(browser)).isEmpty();
        browser.screenshot("edition");
        browser.driver.findElement(By.id("publish")).click();
        browser.waitAtMost(Duration.ofSeconds(10)).until(d -> text("#status").equals("Version 1 publiée."));
        String edition =
                (String) browser.driver.executeScript("return sessionStorage.getItem('regional-days.link.edition')");

        open("/dashboard/restitutions", national());
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("tr[data-edition-id='" + edition + "'] [data-version='1']")))
                .click();
        String pdf = pdfText(browser.waitAtMost(Duration.ofSeconds(30))
                .until(d -> downloaded("restitution-2019-11-19-2019-12-04-v1.pdf")));
        assertThat(pdf)
                .contains("Restitution nationale 2019 — version 1", INTRODUCTION, MERGED)
                .contains("Hauts-de-France — Journée régionale de Saint-Quentin, 19 novembre 2019")
                .contains("Hauts-de-France — Journée régionale de Liévin, 4 décembre 2019");

        open(
                "/dashboard/restitutions",
                Tokens.mint("hdf-team", List.of("REGIONAL_TEAM"), "FR-HDF", Duration.ofHours(1)));
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("tr[data-edition-id='" + edition + "'] [data-lineage='1']")))
                .click();
        browser.waitAtMost(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("lineage")).isDisplayed());
        assertThat(text("#lineage"))
                .contains(MERGED, "Journée régionale de Saint-Quentin", "Journée régionale de Liévin");
        assertThat(browser.driver.findElements(By.cssSelector("#lineage [data-contribution-id]")))
                .hasSize(2);
        assertThat(browser.driver.findElement(By.id("new-edition")).isDisplayed())
                .isFalse();
        assertThat(Accessibility.violations(browser)).isEmpty();
        browser.screenshot("restitutions-regional-team");
    }

    @Test
    void the_season_shows_each_themes_days_in_date_order_and_the_regions_not_heard_yet() {
        open("/dashboard/saison", national());
        browser.driver.executeScript("document.getElementById('season-from').value = '2019-11-01';"
                + "document.getElementById('season-to').value = '2019-12-31';");
        browser.driver
                .findElement(By.cssSelector("#season-form button[type=submit]"))
                .click();

        List<WebElement> days = browser.waitAtMost(Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(
                        By.cssSelector("[data-theme=ACCESS_TO_RIGHTS] tbody tr"), 1));
        List<String> titles = days.stream()
                .map(day -> day.findElement(By.cssSelector("td")).getText())
                .toList();
        assertThat(titles.indexOf("Journée régionale de Saint-Quentin"))
                .isNotNegative()
                .isLessThan(titles.indexOf("Journée régionale de Liévin"));
        assertThat(text("[data-theme=ACCESS_TO_RIGHTS] .unheard"))
                .startsWith("Régions pas encore entendues")
                .contains("Corse")
                .doesNotContain("Hauts-de-France");
        assertThat(text("[data-theme=ENVIRONMENT] .unheard")).contains("Hauts-de-France");
        assertThat(Accessibility.violations(browser)).isEmpty();
        browser.screenshot("season");
    }

    @Test
    void a_links_token_signs_in_only_when_asked_and_never_replaces_the_signed_in_identity_unasked() {
        String signedInTab = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        try {
            String first = national();
            String second = national();
            String firstSubject = "national-browser-" + (SIGN_INS.get() - 1);
            browser.driver.get(system.synthesis.uri("/dashboard/") + "#token=" + first);
            browser.waitAtMost(Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("use-link-token")).isDisplayed());
            assertThat(browser.driver.findElement(By.id("main")).isDisplayed()).isFalse();
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("token");
            assertThat(storedToken())
                    .as("nothing kept before the user signs in")
                    .isNull();
            browser.driver.findElement(By.id("use-link-token")).click();
            browser.waitAtMost(Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("main")).isDisplayed());
            assertThat(text("#who")).startsWith(firstSubject + " ");

            browser.driver.get(system.synthesis.uri("/dashboard/") + "#token=" + second);
            browser.waitAtMost(Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("keep-identity")).isDisplayed());
            assertThat(text("#sign-in p")).contains(firstSubject, "national-browser-" + SIGN_INS.get());
            assertThat(storedToken())
                    .as("the signed-in identity stays until the user chooses")
                    .isEqualTo(first);
            browser.driver.findElement(By.id("keep-identity")).click();
            browser.waitAtMost(Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("main")).isDisplayed());
            assertThat(text("#who")).startsWith(firstSubject + " ");
            assertThat(storedToken()).isEqualTo(first);

            browser.driver.get(system.synthesis.uri("/dashboard/") + "#token=" + second);
            browser.waitAtMost(Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("use-link-token")).isDisplayed());
            browser.driver.findElement(By.id("use-link-token")).click();
            browser.waitAtMost(Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("main")).isDisplayed());
            assertThat(text("#who")).startsWith("national-browser-" + SIGN_INS.get() + " ");
            assertThat(storedToken()).isEqualTo(second);
        } finally {
            browser.driver.close();
            browser.driver.switchTo().window(signedInTab);
        }
    }

    private static Object storedToken() {
        return browser.driver.executeScript("return sessionStorage.getItem('regional-days.token')");
    }

    private static Map<String, String> proposalAndPractice(String proposal) {
        return Map.of("PROPOSAL", proposal, "PRACTICE", "Une pratique partagée : " + proposal.toLowerCase());
    }

    /** A token of the national office of its own (each page holds a stream, at most three per subscriber). */
    private static String national() {
        return Tokens.mint(
                "national-browser-" + SIGN_INS.incrementAndGet(),
                List.of("NATIONAL_OFFICE"),
                null,
                Duration.ofHours(1));
    }

    /** Opens a page from a link carrying a token, and signs in with it (the page asks first). */
    private void open(String page, String token) {
        browser.driver.get("about:blank");
        browser.signInWithLink(system.synthesis.uri(page) + "#token=" + token);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("token");
        if (page.equals("/dashboard/")) {
            browser.waitAtMost(Duration.ofSeconds(15))
                    .until(d ->
                            d.findElement(By.id("figure-confirmed")).getText().matches(".*\\d.*"));
        }
    }

    private static long figure(String id) {
        return Long.parseLong(browser.driver.findElement(By.id(id)).getText().replaceAll("\\D", ""));
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    /** The text of a region's row, column {@code column} (1: the region). */
    private static String regionCell(String region, int column) {
        return text("#regions tr[data-region=" + region + "] td:nth-child(" + column + ")");
    }

    private void awaitRegionConfirmed(String region, int confirmed) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(system.national(), national())
                                .body()
                                .path("regions")
                                .path(region)
                                .path("confirmed")
                                .asInt()
                        == confirmed);
    }

    /** The first downloaded file whose name ends so (an extension, or a whole name). */
    private static Path downloaded(String ending) {
        try (Stream<Path> files = Files.list(browser.downloads)) {
            return files.filter(f -> f.toString().endsWith(ending)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String pdfText(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // Lines broken after a hyphen ("Hauts-de-" / "France") are joined again.
            return stripper.getText(document).replaceAll("\\s+", " ").replaceAll("(\\p{L})- (\\p{L})", "$1-$2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
