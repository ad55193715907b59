package org.xinyong.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's chromedriver, headless, with a fresh profile. Selenium is
 * given both paths, so its Selenium Manager never runs and nothing is downloaded; the surefire
 * configuration also sets {@code SE_OFFLINE}. Waits are explicit ({@link WebDriverWait}); nothing
 * here sleeps.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("xinyong.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("xinyong.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile, Path downloads) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        }
        // belt and braces: the driver path is also where Selenium would look before asking Selenium Manager
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("xinyong-chromium-profile-");
            Path downloads = Files.createTempDirectory("xinyong-chromium-downloads-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-sync",
                    "--disable-extensions", "--disable-component-update", "--lang=zh-CN", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    "safebrowsing.enabled", false,
                    "intl.accept_languages", "zh-CN,zh"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of(
                    "behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
            // any alert() is recorded instead of shown, so a test can assert none ever ran
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__alerts = []; window.alert = m => window.__alerts.push(String(m));"
                            + "window.confirm = m => { window.__alerts.push(String(m)); return false; };"
                            + "window.prompt = m => { window.__alerts.push(String(m)); return null; };"
                            // and every content-security-policy violation (an inline style or script the CSP blocked)
                            + "window.__csp = []; document.addEventListener('securitypolicyviolation',"
                            + " e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));"));
            return new Browser(service, driver, profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
        waitFor(d -> "complete".equals(js("return document.readyState")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebDriverWait waiting() {
        return waiting(TIMEOUT);
    }

    WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return waiting().until(condition::apply);
    }

    WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement visible(By by, Duration timeout) {
        return waiting(timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void textAppears(By by, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    WebElement one(By by) {
        return driver.findElement(by);
    }

    /** The alert()/confirm()/prompt() calls the page made (they are recorded, not shown). */
    @SuppressWarnings("unchecked")
    List<String> alerts() {
        Object v = js("return window.__alerts || []");
        return (List<String>) v;
    }

    /** The content-security-policy violations on the current page (each: directive and what was blocked). */
    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        Object v = js("return window.__csp || []");
        return (List<String>) v;
    }

    /** Emulates a phone (375 px wide) or returns to the desktop viewport. */
    void phone(boolean on) {
        if (on) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** True when the page is wider than its viewport, i.e. the user would have to scroll sideways. */
    boolean overflowsHorizontally() {
        return (Boolean) js("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }

    /** The whole page (not only the viewport) as target/screenshots/NAME.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double viewport = ((Number) ((Map<?, ?>) metrics.get("cssLayoutViewport")).get("clientWidth")).doubleValue();
            // the content width when wider: a sideways overflow shows in the picture
            double width = Math.max(viewport, ((Number) size.get("width")).doubleValue());
            double height = Math.min(((Number) size.get("height")).doubleValue(), 6000);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One element as target/screenshots/NAME.png, for a close look at part of a long page. */
    Path screenshot(String name, WebElement element) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, element.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path downloads() {
        return downloads;
    }

    /** Waits until a finished download (no .crdownload) whose name passes the filter appears. */
    Path awaitDownload(Predicate<String> name) {
        return new FluentWait<>(downloads).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(200))
                .withMessage("a download in " + downloads)
                .until(dir -> finished(dir, name).orElse(null));
    }

    private static Optional<Path> finished(Path dir, Predicate<String> name) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            if (all.stream().anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"))) {
                return Optional.empty();
            }
            return all.stream().filter(p -> name.test(p.getFileName().toString()))
                    .filter(p -> p.toFile().length() > 0).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clearDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
            deleteTree(downloads);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
