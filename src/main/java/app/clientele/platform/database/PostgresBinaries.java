package app.clientele.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * Which of zonky's PostgreSQL archives this machine runs, chosen from {@code os.name} and
 * {@code os.arch} here rather than by zonky, so the choice is ours and tested: zonky's own
 * resolver would run Intel binaries under Rosetta on Apple silicon when the arm64 ones are
 * missing, and falls back on what it guesses from {@code /etc/os-release}.
 */
final class PostgresBinaries implements PgBinaryResolver {

	/** A platform the build can carry: zonky's artifact suffix and the archive inside it. */
	record Platform(String artifact, String archive) {
	}

	static final List<Platform> SUPPORTED = List.of(
			new Platform("linux-amd64", "postgres-linux-x86_64.txz"),
			new Platform("linux-amd64-alpine", "postgres-linux-x86_64-alpine_linux.txz"),
			new Platform("linux-arm64v8", "postgres-linux-arm_64.txz"),
			new Platform("darwin-amd64", "postgres-darwin-x86_64.txz"),
			new Platform("darwin-arm64v8", "postgres-darwin-arm_64.txz"),
			new Platform("windows-amd64", "postgres-windows-x86_64.txz"));

	/** One instance: zonky keeps the unpacked binaries per resolver, so a second start unpacks nothing. */
	static final PostgresBinaries THIS_MACHINE = new PostgresBinaries(System.getProperty("os.name", ""),
			System.getProperty("os.arch", ""), Files.exists(Path.of("/etc/alpine-release")));

	private final String osName;
	private final String osArch;
	private final boolean alpine;

	/** {@code alpine}: Alpine Linux, whose musl C library runs only binaries built for it. */
	PostgresBinaries(String osName, String osArch, boolean alpine) {
		this.osName = osName;
		this.osArch = osArch;
		this.alpine = alpine;
	}

	/** The platform for this {@code os.name} and {@code os.arch}, or why there is none. */
	Platform platform() {
		String os = os(osName.toLowerCase(Locale.ROOT));
		String arch = arch(osArch.toLowerCase(Locale.ROOT));
		String artifact = os + "-" + arch + (alpine && os.equals("linux") ? "-alpine" : "");
		return SUPPORTED.stream()
				.filter(p -> p.artifact().equals(artifact))
				.findFirst()
				.orElseThrow(() -> new MissingPostgresBinaries("The embedded PostgreSQL does not run on " + osName + " "
						+ osArch + (alpine ? " (Alpine)" : "") + "; it runs on " + SUPPORTED.stream().map(Platform::artifact).toList()));
	}

	/** zonky asks with its own names for the system; the answer comes from ours. */
	@Override
	public InputStream getPgBinary(String system, String machineHardware) throws IOException {
		Platform platform = platform();
		InputStream archive = PostgresBinaries.class.getClassLoader().getResourceAsStream(platform.archive());
		if (archive == null) {
			throw new MissingPostgresBinaries("This build carries no embedded PostgreSQL for " + platform.artifact()
					+ " (" + platform.archive() + " is not on the class path)");
		}
		return archive;
	}

	private static String os(String name) {
		if (name.startsWith("linux")) {
			return "linux";
		}
		if (name.startsWith("mac") || name.startsWith("darwin")) {
			return "darwin";
		}
		if (name.startsWith("windows")) {
			return "windows";
		}
		return name;
	}

	private static String arch(String arch) {
		return switch (arch) {
			case "amd64", "x86_64", "x64" -> "amd64";
			case "aarch64", "arm64" -> "arm64v8";
			default -> arch;
		};
	}
}
