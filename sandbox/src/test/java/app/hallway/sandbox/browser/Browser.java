package app.hallway.sandbox.browser;

import app.hallway.sandbox.SandboxNode;
import app.hallway.sandbox.SandboxOptions;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, driven through Debian's ChromeDriver, pointed at one sandbox node.
 * Register it with {@code @RegisterExtension static final Browser browser = new Browser();} and call
 * {@link #at(URI)} once the node runs. It starts before the class's {@code @BeforeAll} methods, so a machine
 * without ChromeDriver fails at once with what to install. It never downloads anything: Selenium 4.52's
 * DriverFinder skips Selenium Manager when the service names the driver executable (so no SE_OFFLINE is needed),
 * the binary is Debian's, and Chromium's own background traffic is switched off, without which it hangs on a
 * closed network. A failing test gets the browser's address and console attached.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestExecutionExceptionHandler {
    /** Long enough for a slow CI box; every wait ends as soon as the page reaches the state. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path DRIVER = Path.of(System.getProperty("hallway.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Path.of(System.getProperty("hallway.chromium", "/usr/bin/chromium"));

    private final String nodeName;
    private final boolean demo;
    private final int people;
    private ChromeDriver driver;
    private Path profile;
    private Path data;
    private SandboxNode node;
    private SandboxSetup setup;
    private URI base;

    private Browser(String nodeName, boolean demo, int people) {
        this.nodeName = nodeName;
        this.demo = demo;
        this.people = people;
    }

    /** A browser on a sandbox node of its own, without demo content, started before the class's tests. */
    public static Browser onSandbox(String nodeName) {
        return new Browser(nodeName, false, 0);
    }

    /** A browser on a sandbox node of its own with the demo content, colleagues and their activity. */
    public static Browser onDemoSandbox(String nodeName, int people) {
        return new Browser(nodeName, true, people);
    }

    /** The class's sandbox node. */
    SandboxNode node() {
        return node;
    }

    /** Other people's actions on the class's node, over HTTP. */
    SandboxSetup setup() {
        return setup;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        requireInstalled();
        data = Files.createTempDirectory("hallway-browser-data");
        node = SandboxNode.start(new SandboxOptions(0, data, null, null, null, demo, nodeName, people));
        setup = new SandboxSetup(node.baseUri());
        base = node.baseUri();
        profile = Files.createTempDirectory("hallway-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=en-US", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
    }

    /** Each test's failure report shows its own console only. */
    @Override
    public void beforeEach(ExtensionContext context) {
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** Fails with what to do when the machine has no Chromium or ChromeDriver: never a silent skip. */
    private static void requireInstalled() {
        for (Path needed : List.of(DRIVER, CHROMIUM)) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException("The browser tests need Chromium and ChromeDriver, and " + needed
                        + " is missing: install them (Debian: apt-get install -y chromium chromium-driver) or run"
                        + " `bash .ci/run`, which installs them; other paths with -Dhallway.chromium= and -Dhallway.chromedriver=.");
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (node != null) {
            node.close();
        }
        delete(profile);
        delete(data);
    }

    private static void delete(Path directory) throws IOException {
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (driver != null) {
            try {
                String console = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                        .collect(Collectors.joining("\n  "));
                failure.addSuppressed(new AssertionError("Browser at " + driver.getCurrentUrl() + ", console:\n  " + console));
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    /**
     * Opens {@code path} as {@code user}, the way a person picks who they are in the sandbox ({@code ?as=}, kept
     * in a cookie), in the user's own language unless {@code path} asks for one with {@code lang=}.
     */
    public void visit(String path, String user) {
        if (!path.contains("lang=") && driver.getCurrentUrl().startsWith(base.toString())) {
            driver.manage().deleteCookieNamed("sandbox.lang");
        }
        driver.get(base.resolve(path + (path.contains("?") ? "&" : "?") + "as=" + user).toString());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until {@code condition} holds (not null, not false); its last value. Scripts redraw, so stale elements retry. */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the element {@code css} finds has {@code attribute} equal to {@code value}. */
    public void waitForAttribute(String css, String attribute, String value) {
        waitUntil(d -> value.equals(find(css).getDomAttribute(attribute)));
    }

    /** Waits until the element {@code css} finds shows text containing {@code text}; the element. */
    public WebElement waitForText(String css, String text) {
        return waitUntil(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElse(null));
    }

    public Actions actions() {
        return new Actions(driver);
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    @SuppressWarnings("unchecked")
    public <T> T script(String javascript, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * What a person on this page would notice is wrong with it: console entries at SEVERE (a failed script, a
     * missing resource) since the last call or the test's start, and form controls in {@code main} that a screen
     * reader cannot name (no {@code label for}, wrapping label, {@code aria-label} or {@code aria-labelledby}).
     * Empty when the page is sound.
     */
    public List<String> problems() {
        List<String> found = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> "console: " + entry.getMessage()).collect(Collectors.toList());
        List<Object> unnamed = script("return Array.prototype.filter.call(document.querySelectorAll("
                + "'main input:not([type=hidden]), main select, main textarea'), function (c) {"
                + "  return !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.getAttribute('aria-labelledby');"
                + "}).map(function (c) { return c.outerHTML; });");
        unnamed.forEach(control -> found.add("unlabelled: " + control));
        return found;
    }

    /** What {@code url} answers when the page's own script fetches it: its content type, a line break, its text. */
    public String fetchFromPage(String url) {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                + "  return r.text().then(function (t) { done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + t); });"
                + "}).catch(function (e) { done('failed ' + e); });", url);
        return String.valueOf(answer);
    }
}
