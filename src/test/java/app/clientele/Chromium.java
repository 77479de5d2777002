package app.clientele;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The Chrome or Chromium that {@link BrowserDiscovery} found, started headless by its chromedriver
 * with a fresh profile. Both are named by path, so Selenium Manager never looks anything up or
 * downloads it.
 */
final class Chromium {

	/** Headless, quiet, and nothing in the background that reaches for the network. */
	static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-dev-shm-usage");

	/** Selenium looks for a CDP binding on start; none is used here, so its version warning is noise. */
	private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

	static {
		CDP_VERSION_LOG.setLevel(Level.SEVERE);
	}

	private Chromium() {
	}

	/** A new headless Chromium on {@code profile}, its window {@code width} x {@code height}, logging its console. */
	static ChromeDriver start(Path profile, int width, int height) {
		BrowserDiscovery.Result machine = BrowserRequirement.ofThisMachine();
		BrowserDiscovery.Found found = machine.found();
		if (found == null) {
			throw new IllegalStateException("No browser: " + machine.missing() + "; " + BrowserRequirement.INSTALL
					+ ". Mark the test class @BrowserTest to skip it instead.");
		}
		File driver = found.driver().toFile();
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver.getPath());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(found.browser().toFile());
		options.addArguments(FLAGS);
		options.addArguments("--user-data-dir=" + profile, "--window-size=" + width + "," + height);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(driver)
				.usingAnyFreePort()
				.withLogOutput(OutputStream.nullOutputStream())
				.build();
		return new ChromeDriver(service, options);
	}

	static Path newProfile() {
		try {
			return Files.createTempDirectory("clientele-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void deleteProfile(Path profile) {
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			// A profile left in the temp dir is harmless; the browser is gone either way.
		}
	}
}
