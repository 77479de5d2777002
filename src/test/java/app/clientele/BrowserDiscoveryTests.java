package app.clientele;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The order in which browser tests look for a browser, and what they do without one. */
class BrowserDiscoveryTests {

	final Map<String, String> env = new HashMap<>(Map.of("PATH", "/home/dev/bin:/usr/local/bin", "HOME", "/Users/dev"));
	final Set<Path> executables = new HashSet<>();

	@Test
	void takesTheExplicitBrowserAndDriverFirst() {
		executable("/usr/bin/chromium", "/usr/bin/chromedriver", "/opt/chrome/chrome", "/opt/driver/chromedriver");
		env.put("CLIENTELE_BROWSER", "/opt/chrome/chrome");
		env.put("CLIENTELE_CHROMEDRIVER", "/opt/driver/chromedriver");

		assertFound("linux", "/opt/chrome/chrome", "/opt/driver/chromedriver");
	}

	@Test
	void neverFallsBackWhenTheExplicitBrowserIsMissing() {
		executable("/usr/bin/chromium", "/usr/bin/chromedriver");
		env.put("CLIENTELE_BROWSER", "/nonexistent");

		BrowserDiscovery.Result result = discovery("linux").find();

		assertThat(result.found()).isNull();
		assertThat(result.missing()).contains("CLIENTELE_BROWSER=/nonexistent is not an executable file");
	}

	@Test
	void findsTheDriverBesideAnExplicitBrowser() {
		executable("/opt/chrome/chrome", "/opt/chrome/chromedriver", "/usr/local/bin/chromedriver");
		env.put("CLIENTELE_BROWSER", "/opt/chrome/chrome");

		assertFound("linux", "/opt/chrome/chrome", "/opt/chrome/chromedriver");
	}

	@Test
	void prefersDebiansChromiumWithItsDriver() {
		executable("/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/local/bin/google-chrome",
				"/usr/local/bin/chromedriver");

		assertFound("linux", "/usr/bin/chromium", "/usr/bin/chromedriver");
	}

	@Test
	void takesAChromeOnThePathWithAChromedriverOnThePath() {
		executable("/usr/local/bin/google-chrome", "/home/dev/bin/chromedriver");

		assertFound("linux", "/usr/local/bin/google-chrome", "/home/dev/bin/chromedriver");
	}

	@Test
	void skipsABrowserWithoutADriver() {
		executable("/usr/bin/chromium", "/opt/google/chrome/chrome", "/opt/google/chrome/chromedriver");

		assertFound("linux", "/opt/google/chrome/chrome", "/opt/google/chrome/chromedriver");
	}

	@Test
	void findsChromeInTheMacApplicationsFolder() {
		executable("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/opt/homebrew/bin/chromedriver");

		assertFound("Mac OS X", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
				"/opt/homebrew/bin/chromedriver");
	}

	@Test
	void findsChromeUnderProgramFilesOnWindows() {
		env.put("ProgramFiles", "/c/Program Files");
		executable("/c/Program Files/Google/Chrome/Application/chrome.exe", "/home/dev/bin/chromedriver.exe");

		assertFound("Windows 11", "/c/Program Files/Google/Chrome/Application/chrome.exe",
				"/home/dev/bin/chromedriver.exe");
	}

	@Test
	void saysWhereItLookedWhenThereIsNoBrowser() {
		BrowserDiscovery.Result result = discovery("linux").find();

		assertThat(result.found()).isNull();
		assertThat(result.missing()).contains("/usr/bin/chromium", "/usr/local/bin/google-chrome", "/opt/google/chrome/chrome");
	}

	@Test
	void skipsBrowserTestsWithoutABrowserWhenNotRequired() {
		var decision = BrowserRequirement.decide(BrowserDiscovery.Result.none("nothing here"), false);

		assertThat(decision.isDisabled()).isTrue();
		assertThat(decision.getReason()).get().asString()
				.contains("nothing here", "apt-get install chromium chromium-driver", "CLIENTELE_BROWSER");
	}

	@Test
	void failsBrowserTestsWithoutABrowserWhenRequired() {
		assertThatThrownBy(() -> BrowserRequirement.decide(BrowserDiscovery.Result.none("nothing here"), true))
				.isInstanceOf(ExtensionConfigurationException.class)
				.hasMessageContaining("nothing here")
				.hasMessageContaining("browser.required=true");
	}

	@Test
	void runsBrowserTestsWithABrowser() {
		var found = new BrowserDiscovery.Found(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"), "here");

		assertThat(BrowserRequirement.decide(BrowserDiscovery.Result.of(found), true).isDisabled()).isFalse();
	}

	@Test
	void readsTheMajorVersionOfBrowserAndDriver() {
		assertThat(BrowserRequirement.majorVersion("Chromium 156.0.8078.114 built on Debian GNU/Linux 12")).hasValue("156");
		assertThat(BrowserRequirement.majorVersion("ChromeDriver 155.0.7000.1 (ea19f973)")).hasValue("155");
		assertThat(BrowserRequirement.majorVersion("no version")).isEmpty();
	}

	private void assertFound(String os, String browser, String driver) {
		BrowserDiscovery.Found found = discovery(os).find().found();
		assertThat(found).isNotNull();
		assertThat(found.browser()).isEqualTo(Path.of(browser));
		assertThat(found.driver()).isEqualTo(Path.of(driver));
	}

	private BrowserDiscovery discovery(String os) {
		return new BrowserDiscovery(env::get, os, executables::contains);
	}

	private void executable(String... paths) {
		for (String path : paths) {
			executables.add(Path.of(path));
		}
	}
}
