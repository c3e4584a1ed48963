package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven through Debian's chromedriver, for the browser tests. Both binaries are named
 * explicitly so Selenium Manager never runs (it would try to download a driver and a browser; there is no network).
 * A missing browser fails the test with what to do: a CI machine without one must not pass by skipping; only
 * {@code -Dsitrep.browser=off} (what ./run-tests passes when it could not install them) skips.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("sitrep.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("sitrep.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Aborts the test class when the browser tests are switched off, fails it when the browser is missing. */
    static void require() {
        Assumptions.assumeFalse("off".equalsIgnoreCase(System.getProperty("sitrep.browser", "on")),
                "browser tests switched off (-Dsitrep.browser=off)");
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(binary))) {
                throw new IllegalStateException("the browser tests need " + binary + ", which is missing: install Debian's chromium and "
                        + "chromium-driver (./run-tests does so as root), or run with -Dsitrep.browser=off to switch these tests off");
            }
        }
    }

    /** A browser on the server at {@code base} (http://127.0.0.1:PORT). */
    static Browser start(String base) throws IOException {
        require();
        SELENIUM_LOG.setLevel(Level.SEVERE); // no CDP-version chatter
        Path profile = Files.createTempDirectory("sitrep-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // As root (CI) Chromium needs --no-sandbox; the rest keeps it from calling home or touching the user's profile.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().withSilent(true).build();
        return new Browser(new ChromeDriver(service, options), profile, base);
    }

    WebDriver driver() { return driver; }

    /** Loads a page of the server ("/corpus.html?q=x") and waits until the document has loaded. */
    Browser open(String path) {
        driver.get(base + path);
        until(d -> "complete".equals(js("return document.readyState")));
        return this;
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /** Waits for at least one element matching {@code css} and returns all of them. */
    List<WebElement> await(String css) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found;
        });
    }

    List<WebElement> all(String css) { return driver.findElements(By.cssSelector(css)); }

    WebElement one(String css) { return await(css).get(0); }

    /** The text content (not the rendered text: hidden parts count too) of each element matching {@code css}. */
    List<String> texts(String css) {
        return all(css).stream().map(e -> e.getDomProperty("textContent")).toList();
    }

    Object js(String script, Object... args) { return driver.executeScript(script, args); }

    /** Console errors and failed loads since the last call (the browser log is drained by reading it). */
    List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    void assertNoErrors(String page) {
        assertThat(errors()).as("console errors on " + page).isEmpty();
    }

    /**
     * Saves a PNG of the part of the page from the top of {@code fromCss} to the bottom of {@code toCss} (whole page
     * width, at most {@code maxHeight} pixels), beyond the window if need be.
     */
    Path screenshot(Path file, String fromCss, String toCss, int maxHeight) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) js("""
                const a = document.querySelector(arguments[0]).getBoundingClientRect(), b = document.querySelector(arguments[1]).getBoundingClientRect();
                return { y: a.top + scrollY, height: b.bottom - a.top, width: document.documentElement.clientWidth };""", fromCss, toCss);
        double y = Math.max(0, box.get("y").doubleValue() - 8);
        Map<String, Object> clip = Map.of("x", 0, "y", y, "width", box.get("width").doubleValue(),
                "height", Math.min(maxHeight, box.get("height").doubleValue() + 16), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
