package org.mediation.system;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (never a downloaded browser or driver: Selenium Manager
 * is not asked), in French, in UTC, with a fresh profile and its own download folder. Screenshots go to
 * {@code target/screenshots/}. Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the tests are
 * skipped, saying what to install; under CI ({@code CI=true}) they fail instead ({@code .ci/run} installs both).
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    private Browser(ChromeDriver driver, Path downloads, Path profile) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "no /usr/bin/chromium or /usr/bin/chromedriver: install them with "
                + "`apt-get install chromium chromium-driver` (Debian), as .ci/run does.";
        if ("true".equals(System.getenv("CI")) && !installed) {
            throw new IllegalStateException("CI never skips the browser tests, but there is " + missing);
        }
        assumeTrue(installed, "Browser tests skipped: " + missing);
        Path profile = Files.createTempDirectory("chromium-profile");
        Path downloads = Files.createTempDirectory("chromium-downloads");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--lang=fr-FR",
                        "--window-size=1366,2000",
                        "--user-data-dir=" + profile)
                .setExperimentalOption(
                        "prefs",
                        Map.of(
                                "download.default_directory",
                                downloads.toString(),
                                "download.prompt_for_download",
                                false,
                                "intl.accept_languages",
                                "fr-FR"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "UTC", "LANG", "fr_FR.UTF-8", "LANGUAGE", "fr"))
                .build();
        return new Browser(new ChromeDriver(service, options), downloads, profile);
    }

    /** Opens a page's link carrying a token in its fragment, signs in with it (the page asks first), waits for the page. */
    void signInWithLink(String link) {
        driver.get(link);
        waitAtMost(Duration.ofSeconds(15))
                .until(d -> d.findElement(By.id("use-link-token")).isDisplayed());
        driver.findElement(By.id("use-link-token")).click();
        waitAtMost(Duration.ofSeconds(15))
                .until(d -> d.findElement(By.id("main")).isDisplayed());
    }

    /** Polls every 100 ms; an element replaced while it was read (a re-render, a navigation) is read again. */
    WebDriverWait waitAtMost(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Saves what the window shows as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(
                    shot.toPath(),
                    SCREENSHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteQuietly(profile);
        deleteQuietly(downloads);
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
