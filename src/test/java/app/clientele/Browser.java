package app.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One real, headless {@link Chromium} with a profile of its own, pointed at the application under
 * test. Several may be open at once, e.g. a staff session beside a customer session; each keeps
 * its own cookies. Waits are explicit: every helper waits for the page to reach the state it
 * names, never for a fixed time.
 */
public final class Browser implements AutoCloseable {

	/** The window sizes pages must work at. */
	public enum Window {

		DESKTOP(1280, 900), PHONE(375, 812), LARGE_PHONE(390, 844);

		final int width;
		final int height;

		Window(int width, int height) {
			this.width = width;
			this.height = height;
		}
	}

	static final Path SCREENSHOTS = Path.of("target", "screenshots");
	static final Duration WAIT = Duration.ofSeconds(15);

	/** Browsers not closed yet; whatever a broken test leaves open closes when the test JVM ends. */
	private static final Set<Browser> OPEN = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(OPEN).forEach(Browser::close)));
	}

	private final ChromeDriver driver;
	private final String base;
	private final Path profile;
	private final List<LogEntry> console = new ArrayList<>();
	private String name = "browser";
	private Window window = Window.DESKTOP;

	private Browser(ChromeDriver driver, String base, Path profile) {
		this.driver = driver;
		this.base = base;
		this.profile = profile;
	}

	/** A new browser on the app at {@code http://localhost:port}, its window {@code window} large. */
	public static Browser start(int port, Window window) {
		return start("http://localhost:" + port, window);
	}

	/** A new browser on the app at {@code base} (no trailing slash). */
	public static Browser start(String base, Window window) {
		Path profile = Chromium.newProfile();
		ChromeDriver driver;
		try {
			driver = Chromium.start(profile, window.width, window.height);
		}
		catch (RuntimeException e) {
			Chromium.deleteProfile(profile);
			throw e;
		}
		Browser browser = new Browser(driver, base, profile);
		OPEN.add(browser);
		try {
			return browser.resize(window);
		}
		catch (RuntimeException e) {
			browser.close();
			throw e;
		}
	}

	/** Selenium itself, for what the helpers here do not cover. */
	public WebDriver driver() {
		return driver;
	}

	/** Loads {@code path} of the app (or a full URL) and waits until the page has loaded. */
	public Browser open(String path) {
		driver.get(path.startsWith("/") ? base + path : path);
		waitForPageLoad();
		return this;
	}

	/** Signs into the console through its real sign-in form and waits for the page after it. */
	public Browser signIn(String email, String password) {
		open("/login");
		type(By.id("username"), email);
		type(By.id("password"), password);
		clickAndLoad(By.cssSelector("form[action='/login'] button[type=submit]"));
		assertThat(path()).as("the page after signing in as %s", email).doesNotStartWith("/login");
		return this;
	}

	/** The path and query of the page shown now. */
	public String path() {
		String url = driver.getCurrentUrl();
		if (url == null || !url.startsWith(base)) {
			return url == null || url.length() < 80 ? String.valueOf(url) : url.substring(0, 77) + "...";
		}
		return url.substring(base.length());
	}

	/** Waits until an element is in the page and visible, and answers it. */
	public WebElement waitFor(By by) {
		return wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Waits until {@code condition} answers something other than null or false, and answers that. */
	public <T> T waitUntil(Function<WebDriver, T> condition, String what) {
		return wait(WAIT).withMessage(what).until(condition);
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public List<WebElement> findAll(By by) {
		return driver.findElements(by);
	}

	/** Clears a field and types into it, key by key, as a person does. */
	public WebElement type(By by, CharSequence... keys) {
		WebElement field = waitFor(by);
		field.clear();
		field.sendKeys(keys);
		return field;
	}

	/** Clicks an element once it is clickable. */
	public Browser click(By by) {
		wait(WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
		return this;
	}

	/** Clicks something that loads another page, and waits for that page. */
	public Browser clickAndLoad(By by) {
		return loadsAPage(() -> click(by));
	}

	/** Does {@code action}, which must load a new page (a link, a form sent), and waits for that page. */
	public Browser loadsAPage(Runnable action) {
		WebElement html = driver.findElement(By.tagName("html"));
		action.run();
		wait(WAIT).withMessage("a new page to load").until(d -> gone(html));
		waitForPageLoad();
		return this;
	}

	/** Presses a key (or types text) into whatever has the focus now. */
	public Browser press(CharSequence... keys) {
		new Actions(driver).sendKeys(keys).perform();
		return this;
	}

	/** Runs JavaScript in the page (with Selenium's {@code arguments}) and answers its result. */
	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... args) {
		return (T) ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/**
	 * Gives the page {@code window}'s size and lays it out again. The viewport gets exactly that
	 * size (a headless window alone does not go below 500 px), laid out as a desktop browser does,
	 * so a page that is too wide scrolls sideways instead of being zoomed out as a phone would.
	 */
	public Browser resize(Window window) {
		driver.manage().window().setSize(new Dimension(window.width, window.height));
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", window.width,
				"height", window.height, "screenWidth", window.width, "screenHeight", window.height,
				"deviceScaleFactor", 1, "mobile", false));
		this.window = window;
		waitUntil(d -> window.width == this.<Number>script("return screen.width;").intValue(),
				"the screen to become " + window.width + " px wide");
		return this;
	}

	/** The size the page has now. */
	public Window window() {
		return window;
	}

	/** Width of the page's viewport, in CSS pixels. */
	public long viewportWidth() {
		Number width = script("return window.innerWidth;");
		return width.longValue();
	}

	/** Every message the page wrote to the browser console so far (errors, CSP refusals, failed loads, ...). */
	public List<LogEntry> consoleLog() {
		console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
		return List.copyOf(console);
	}

	/** Forgets the console messages so far, e.g. after a step that is expected to log an error. */
	public Browser forgetConsoleLog() {
		consoleLog();
		console.clear();
		return this;
	}

	/** Fails when anything so far wrote a SEVERE entry to the console (a script error, a CSP refusal, a 404). */
	public Browser assertNoConsoleErrors() {
		assertThat(consoleLog()).as("browser console errors").filteredOn(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
				.extracting(LogEntry::getMessage).isEmpty();
		return this;
	}

	/** Saves what the page shows now to {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Saves what the page shows now under the running test's name,
	 * {@code target/screenshots/<TestClass>.<testMethod>.png}, when {@link Browsers} opened this browser.
	 */
	public Path screenshot() {
		return screenshot(name);
	}

	/** Names this browser's screenshots. */
	Browser named(String name) {
		this.name = name;
		return this;
	}

	@Override
	public void close() {
		OPEN.remove(this);
		try {
			driver.quit();
		}
		finally {
			Chromium.deleteProfile(profile);
		}
	}

	/**
	 * Whether the element has left the page. Chromium answers a question about an element of a
	 * page being replaced either as stale or, mid-navigation, as an "unknown error" that the node
	 * "does not belong to the document": both mean it is gone.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException e) {
			return true;
		}
		catch (WebDriverException e) {
			if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	private void waitForPageLoad() {
		waitUntil(d -> "complete".equals(script("return document.readyState;")), "the page to finish loading");
	}

	private WebDriverWait wait(Duration timeout) {
		// htmx swaps parts of a page while a condition looks at them: an element gone stale is looked up again.
		WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}
}
