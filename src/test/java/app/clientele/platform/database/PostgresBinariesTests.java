package app.clientele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The embedded PostgreSQL chosen for each operating system and processor, and that the build carries it. */
class PostgresBinariesTests {

	@ParameterizedTest(name = "{0} {1} (Alpine: {2}) runs {3}")
	@CsvSource({
			"Linux, amd64, false, postgres-linux-x86_64.txz",
			"Linux, x86_64, false, postgres-linux-x86_64.txz",
			"Linux, amd64, true, postgres-linux-x86_64-alpine_linux.txz",
			"Linux, aarch64, false, postgres-linux-arm_64.txz",
			"Mac OS X, x86_64, false, postgres-darwin-x86_64.txz",
			"Mac OS X, aarch64, false, postgres-darwin-arm_64.txz",
			"Windows 11, amd64, false, postgres-windows-x86_64.txz",
			"Windows Server 2022, amd64, false, postgres-windows-x86_64.txz" })
	void choosesTheBinariesOfEachPlatform(String osName, String osArch, boolean alpine, String archive) {
		assertThat(new PostgresBinaries(osName, osArch, alpine).platform().archive()).isEqualTo(archive);
	}

	@ParameterizedTest(name = "{0} {1} is refused")
	@CsvSource({ "Windows 11, aarch64", "Linux, ppc64le", "FreeBSD, amd64", "Linux, x86" })
	void refusesAPlatformWithoutBinaries(String osName, String osArch) {
		assertThatThrownBy(() -> new PostgresBinaries(osName, osArch, false).platform())
				.isInstanceOf(MissingPostgresBinaries.class)
				.hasMessageContaining(osName + " " + osArch)
				.hasMessageContaining("darwin-arm64v8");
	}

	@Test
	void carriesTheBinariesOfEveryPlatformTheBuildNames() throws IOException {
		String[] platforms = System.getProperty("postgres.platforms", "").split(",");
		assertThat(platforms).as("the build's postgres.platforms").isNotEmpty().doesNotContain("");
		for (String artifact : platforms) {
			PostgresBinaries.Platform platform = PostgresBinaries.SUPPORTED.stream()
					.filter(p -> p.artifact().equals(artifact))
					.findFirst()
					.orElseThrow(() -> new AssertionError("unknown platform " + artifact));
			try (InputStream archive = getClass().getClassLoader().getResourceAsStream(platform.archive())) {
				assertThat(archive).as(platform.archive() + " on the class path").isNotNull();
			}
		}
	}

	@Test
	void everyBuildCarriesTheBinariesOfThisMachine() throws IOException {
		try (InputStream archive = PostgresBinaries.THIS_MACHINE.getPgBinary("ignored", "ignored")) {
			assertThat(archive).isNotNull();
		}
	}

	@Test
	void namesEverySupportedPlatformOnce() {
		assertThat(PostgresBinaries.SUPPORTED).extracting(PostgresBinaries.Platform::artifact)
				.containsExactlyInAnyOrder(Arrays.stream(
						"linux-amd64,linux-amd64-alpine,linux-arm64v8,darwin-amd64,darwin-arm64v8,windows-amd64".split(",")).toArray(String[]::new));
	}

	@Test
	void aJarWithoutThisMachinesBinariesSaysHowToBuildOne() {
		PostgresBinaries unsupported = new PostgresBinaries("Windows 11", "aarch64", false);
		assertThatThrownBy(() -> unsupported.getPgBinary("Windows", "aarch64"))
				.isInstanceOfSatisfying(MissingPostgresBinaries.class, e -> {
					var analysis = new MissingPostgresBinariesFailureAnalyzer()
							.analyze(new IllegalStateException("bean creation", e));
					assertThat(analysis.getDescription()).contains("Windows 11 aarch64");
					assertThat(analysis.getAction()).contains("-Dpostgres.platform", "SPRING_DATASOURCE_URL");
				});
	}
}
