package app.clientele;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link BrowserTest} only where {@link BrowserDiscovery} finds a browser and a driver of the
 * same major version. Without one, the test class is skipped (JUnit and Maven count it as skipped,
 * never as passed) and the first skip prints one loud line naming what to install; with
 * {@code -Dbrowser.required=true}, as CI runs, the class fails instead.
 */
final class BrowserRequirement implements ExecutionCondition {

	static final String REQUIRED_PROPERTY = "browser.required";

	static final String INSTALL = "install Chrome or Chromium with its chromedriver "
			+ "(Debian/Ubuntu: apt-get install chromium chromium-driver; macOS: brew install --cask google-chrome "
			+ "chromedriver; Windows: Chrome and chromedriver.exe on the PATH), "
			+ "or name them with CLIENTELE_BROWSER and CLIENTELE_CHROMEDRIVER";

	private static final Pattern VERSION = Pattern.compile("(\\d+)\\.\\d+\\.\\d+");
	private static volatile BrowserDiscovery.@Nullable Result machine;
	private static volatile boolean announced;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return decide(ofThisMachine(), Boolean.getBoolean(REQUIRED_PROPERTY));
	}

	/** The browser and driver of this machine, or why there are none; looked up once per test JVM. */
	static BrowserDiscovery.Result ofThisMachine() {
		BrowserDiscovery.Result result = machine;
		if (result == null) {
			result = checkVersions(BrowserDiscovery.ofThisMachine().find());
			machine = result;
		}
		return result;
	}

	static ConditionEvaluationResult decide(BrowserDiscovery.Result result, boolean required) {
		if (result.found() != null) {
			return ConditionEvaluationResult.enabled("browser " + result.found().browser() + ", driver "
					+ result.found().driver());
		}
		String why = "Browser tests cannot run: " + result.missing() + "; " + INSTALL;
		if (required) {
			throw new ExtensionConfigurationException(why + " (" + REQUIRED_PROPERTY + "=true)");
		}
		if (!announced) {
			announced = true;
			System.err.println("*** BROWSER TESTS SKIPPED *** " + why);
		}
		return ConditionEvaluationResult.disabled(why);
	}

	/** A driver of another major version than the browser fails every start; say so instead. */
	static BrowserDiscovery.Result checkVersions(BrowserDiscovery.Result result) {
		BrowserDiscovery.Found found = result.found();
		if (found == null) {
			return result;
		}
		Optional<String> browser = majorVersion(found.browser());
		Optional<String> driver = majorVersion(found.driver());
		if (browser.isPresent() && driver.isPresent() && !browser.get().equals(driver.get())) {
			return BrowserDiscovery.Result.none("chromedriver " + found.driver() + " is version " + driver.get()
					+ " but the browser " + found.browser() + " is version " + browser.get());
		}
		return result;
	}

	/** The major version an executable prints for {@code --version}, when it prints one. */
	static Optional<String> majorVersion(Path executable) {
		try {
			Process process = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
			process.getOutputStream().close();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return Optional.empty();
			}
			return majorVersion(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			return Optional.empty();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	static Optional<String> majorVersion(String versionOutput) {
		Matcher matcher = VERSION.matcher(versionOutput);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}
}
