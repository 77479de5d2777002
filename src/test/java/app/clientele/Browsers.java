package app.clientele;

import java.util.ArrayList;
import java.util.List;

import app.clientele.Browser.Window;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The browsers of one test: each {@link #open} starts a Chromium of its own (own profile, own
 * cookies) on the application under test, so a test can drive a staff session and a customer
 * session side by side. When the test fails, every open browser saves a screenshot to
 * {@code target/screenshots/<TestClass>.<testMethod>-failed.png} and prints its console; after the
 * test, all of them close. Use it as an instance field:
 *
 * <pre>
 * &#64;RegisterExtension
 * final Browsers browsers = new Browsers();
 * </pre>
 *
 * In an {@link IntegrationTest} it finds the app's port itself; elsewhere give it the base URL.
 */
public final class Browsers implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

	private final @Nullable String fixedBase;
	private final List<Browser> open = new ArrayList<>();
	private @Nullable String base;
	private String testName = "test";

	/** Browsers on the application of the running Spring test. */
	public Browsers() {
		this.fixedBase = null;
	}

	/** Browsers on whatever answers at {@code base}, e.g. {@code http://localhost:8080}. */
	public Browsers(String base) {
		this.fixedBase = base;
	}

	/** A new browser, its window {@code window} large, signed in as nobody. */
	public Browser open(Window window) {
		if (base == null) {
			throw new IllegalStateException("Browsers open during a test only; register it with @RegisterExtension");
		}
		Browser browser = Browser.start(base, window);
		open.add(browser);
		return browser.named(open.size() == 1 ? testName : testName + "-" + open.size());
	}

	/** A new 1280 x 900 browser. */
	public Browser desktop() {
		return open(Window.DESKTOP);
	}

	/** A new 375 x 812 browser, a phone's. */
	public Browser phone() {
		return open(Window.PHONE);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		testName = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
		base = fixedBase != null ? fixedBase : "http://localhost:" + SpringExtension.getApplicationContext(context)
				.getEnvironment().getRequiredProperty("local.server.port");
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isEmpty()) {
			return;
		}
		for (int i = 0; i < open.size(); i++) {
			Browser browser = open.get(i);
			String name = testName + (i == 0 ? "" : "-" + (i + 1)) + "-failed";
			try {
				System.out.println("Screenshot of " + browser.path() + ": " + browser.screenshot(name).toAbsolutePath());
				for (LogEntry entry : browser.consoleLog()) {
					System.out.println("  console " + entry.getLevel() + ": " + entry.getMessage());
				}
			}
			catch (RuntimeException e) {
				System.out.println("No screenshot of " + name + ": " + e.getMessage());
			}
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		RuntimeException failure = null;
		for (Browser browser : open) {
			try {
				browser.close();
			}
			catch (RuntimeException e) {
				failure = e;
			}
		}
		open.clear();
		base = null;
		if (failure != null) {
			throw failure;
		}
	}
}
