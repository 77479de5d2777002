package app.clientele;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Finds a Chrome or Chromium and its chromedriver for the browser tests, in this order:
 * <ol>
 * <li>{@code CLIENTELE_BROWSER} (and {@code CLIENTELE_CHROMEDRIVER}, else a chromedriver beside the
 * browser or on the PATH); when set, nothing else is tried, so a typo says so instead of quietly
 * testing another browser;</li>
 * <li>Debian's {@code /usr/bin/chromium} with {@code /usr/bin/chromedriver};</li>
 * <li>{@code google-chrome}, {@code chromium}, {@code chrome}, ... on the PATH;</li>
 * <li>the usual install places on macOS, Windows and Linux;</li>
 * </ol>
 * each with a chromedriver from {@code CLIENTELE_CHROMEDRIVER}, beside the browser, on the PATH or
 * in the usual places. {@link BrowserRequirement} then checks that their major versions match.
 * Everything outside (environment, files) comes in through the constructor, so the order is tested.
 */
final class BrowserDiscovery {

	static final String BROWSER_VARIABLE = "CLIENTELE_BROWSER";
	static final String DRIVER_VARIABLE = "CLIENTELE_CHROMEDRIVER";
	static final String DEBIAN_BROWSER = "/usr/bin/chromium";
	static final String DEBIAN_DRIVER = "/usr/bin/chromedriver";

	private static final List<String> PATH_NAMES = List.of("google-chrome", "google-chrome-stable", "chromium",
			"chromium-browser", "chrome");

	/** A browser and a driver, both executable files. */
	record Found(Path browser, Path driver, String where) {
	}

	/** What was found, or why nothing was. */
	record Result(@Nullable Found found, String missing) {

		static Result of(Found found) {
			return new Result(found, "");
		}

		static Result none(String why) {
			return new Result(null, why);
		}
	}

	private final Function<String, @Nullable String> env;
	private final String osName;
	private final Predicate<Path> executable;

	BrowserDiscovery(Function<String, @Nullable String> env, String osName, Predicate<Path> executable) {
		this.env = env;
		this.osName = osName.toLowerCase(Locale.ROOT);
		this.executable = executable;
	}

	/** This machine's. */
	static BrowserDiscovery ofThisMachine() {
		Map<String, String> variables = System.getenv();
		return new BrowserDiscovery(name -> System.getProperty(name, variables.get(name)), System.getProperty("os.name"),
				path -> Files.isRegularFile(path) && Files.isExecutable(path));
	}

	Result find() {
		String explicit = setting(BROWSER_VARIABLE);
		if (explicit != null) {
			Path browser = Path.of(explicit);
			if (!executable.test(browser)) {
				return Result.none(BROWSER_VARIABLE + "=" + explicit + " is not an executable file");
			}
			return withDriver(browser, BROWSER_VARIABLE)
					.map(Result::of)
					.orElseGet(() -> Result.none("no chromedriver for " + explicit + ": set " + DRIVER_VARIABLE));
		}
		List<String> tried = new ArrayList<>();
		for (Path browser : candidates()) {
			tried.add(browser.toString());
			if (executable.test(browser)) {
				Optional<Found> found = withDriver(browser, browser.toString());
				if (found.isPresent()) {
					return Result.of(found.get());
				}
			}
		}
		return Result.none("no Chrome or Chromium with a chromedriver (looked for " + String.join(", ", tried) + ")");
	}

	/** Where a browser is looked for, after {@code CLIENTELE_BROWSER}, in order. */
	List<Path> candidates() {
		List<Path> candidates = new ArrayList<>();
		candidates.add(Path.of(DEBIAN_BROWSER));
		for (String name : PATH_NAMES) {
			candidates.addAll(onPath(name));
		}
		candidates.addAll(installPlaces());
		return candidates.stream().distinct().toList();
	}

	private Optional<Found> withDriver(Path browser, String where) {
		String explicit = setting(DRIVER_VARIABLE);
		if (explicit != null) {
			Path driver = Path.of(explicit);
			return executable.test(driver) ? Optional.of(new Found(browser, driver, where)) : Optional.empty();
		}
		List<Path> drivers = new ArrayList<>();
		if (browser.toString().equals(DEBIAN_BROWSER)) {
			drivers.add(Path.of(DEBIAN_DRIVER));
		}
		Path dir = browser.toAbsolutePath().getParent();
		if (dir != null) {
			drivers.add(dir.resolve(executableName("chromedriver")));
		}
		drivers.addAll(onPath("chromedriver"));
		drivers.addAll(driverPlaces());
		return drivers.stream().filter(executable).findFirst().map(driver -> new Found(browser, driver, where));
	}

	private List<Path> onPath(String name) {
		String path = env.apply("PATH");
		if (path == null || path.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(path.split(File.pathSeparator))
				.filter(dir -> !dir.isBlank())
				.map(dir -> Path.of(dir, executableName(name)))
				.toList();
	}

	private List<Path> installPlaces() {
		if (isMac()) {
			String home = env.apply("HOME");
			List<Path> places = new ArrayList<>(List.of(
					Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
					Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium")));
			if (home != null) {
				places.add(Path.of(home, "Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
			}
			return places;
		}
		if (isWindows()) {
			List<Path> places = new ArrayList<>();
			for (String root : new String[] { "ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA" }) {
				String dir = env.apply(root);
				if (dir != null) {
					places.add(Path.of(dir, "Google", "Chrome", "Application", "chrome.exe"));
					places.add(Path.of(dir, "Chromium", "Application", "chrome.exe"));
				}
			}
			return places;
		}
		return List.of(Path.of("/opt/google/chrome/chrome"), Path.of("/usr/lib/chromium/chromium"),
				Path.of("/snap/bin/chromium"));
	}

	private List<Path> driverPlaces() {
		if (isMac()) {
			return List.of(Path.of("/opt/homebrew/bin/chromedriver"), Path.of("/usr/local/bin/chromedriver"));
		}
		if (isWindows()) {
			return List.of();
		}
		return List.of(Path.of("/usr/lib/chromium/chromedriver"), Path.of("/snap/bin/chromium.chromedriver"));
	}

	private @Nullable String setting(String name) {
		String value = env.apply(name);
		return value == null || value.isBlank() ? null : value.trim();
	}

	private String executableName(String name) {
		return isWindows() ? name + ".exe" : name;
	}

	private boolean isMac() {
		return osName.startsWith("mac");
	}

	private boolean isWindows() {
		return osName.startsWith("windows");
	}
}
