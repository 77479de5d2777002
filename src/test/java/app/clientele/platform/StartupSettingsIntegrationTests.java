package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.clientele.ClienteleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Clientele started as an operator starts it, with one wrong setting: it stops with the report
 * of a {@code FailureAnalyzer} that names the setting and the fix, and prints no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupSettingsIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aBadAdminEmailStopsTheStartNamingTheSetting(CapturedOutput output) {
		assertStopsNaming(output, "CLIENTELE_ADMIN_EMAIL", "--clientele.admin-email=admin@");
	}

	@Test
	void aWeakAdminPasswordStopsTheStartNamingTheSetting(CapturedOutput output) {
		assertStopsNaming(output, "CLIENTELE_ADMIN_PASSWORD", "--clientele.admin-password=short");
	}

	@Test
	void aPublicUrlThatIsNotHttpStopsTheStartNamingTheSetting(CapturedOutput output) {
		assertStopsNaming(output, "CLIENTELE_PUBLIC_URL", "--clientele.public-url=crm.example.com");
	}

	@Test
	void anSmtpHostThatDoesNotResolveStopsTheStartNamingTheSetting(CapturedOutput output) {
		assertStopsNaming(output, "SPRING_MAIL_HOST", "--spring.mail.host=smtp.does-not-exist.invalid");
	}

	@Test
	void anUnreachableDatabaseStopsTheStartNamingTheSetting(CapturedOutput output) {
		assertStopsNaming(output, "SPRING_DATASOURCE_URL", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/clientele",
				"--spring.datasource.hikari.connection-timeout=2000");
	}

	private void assertStopsNaming(CapturedOutput output, String setting, String... args) {
		List<String> all = new ArrayList<>(List.of("--clientele.data-dir=" + dataDir, "--server.port=0",
				"--spring.main.banner-mode=off"));
		all.addAll(List.of(args));
		assertThatThrownBy(() -> new SpringApplication(ClienteleApplication.class).run(all.toArray(String[]::new)));
		String report = output.getAll().substring(output.getAll().indexOf("APPLICATION FAILED TO START"));
		assertThat(report).contains(setting).contains("Action:").doesNotContain("\tat ");
	}
}
