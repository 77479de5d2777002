package app.clientele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;

import app.clientele.ClienteleApplication;
import app.clientele.accounts.AccountDetails;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountStatus;
import app.clientele.platform.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Clientele with its own embedded PostgreSQL in a data directory, as an operator runs it:
 * the first start creates the admin, a restart keeps every record, and a second instance on
 * the same directory or a taken port fails at once with a message that says what to do.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void firstStartCreatesTheAdminAndRestartKeepsEveryRecord(CapturedOutput output) {
		String accountId;
		try (ConfigurableApplicationContext app = start(0)) {
			assertThat(output.getOut()).contains("First start: created the administrator").contains("password:");
			accountId = app.getBean(AccountManagement.class)
					.create(new AccountDetails("Kept Ltd", "K-1", null, AccountStatus.ACTIVE)).id().toString();
		}
		try (ConfigurableApplicationContext app = start(0)) {
			var accounts = app.getBean(AccountManagement.class).search("Kept", PageRequest.first(10)).items();
			assertThat(accounts).extracting(a -> a.id().toString()).containsExactly(accountId);
			long staff = app.getBean(JdbcClient.class).sql("SELECT count(*) FROM staff").query(Long.class).single();
			assertThat(staff).isEqualTo(1);
		}
	}

	@Test
	void aSecondInstanceOnTheSameDataDirectoryFailsAtOnce() {
		try (ConfigurableApplicationContext first = start(0)) {
			assertThatThrownBy(() -> start(0)).isInstanceOf(DataDirectoryInUse.class)
					.satisfies(e -> assertThat(new DataDirectoryInUseFailureAnalyzer().analyze(e).getAction())
							.contains("CLIENTELE_DATA_DIR"));
		}
	}

	@Test
	void aTakenPortFailsAtOnce() throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			long started = System.nanoTime();
			assertThatThrownBy(() -> start(taken.getLocalPort())).isInstanceOf(PortInUseException.class);
			assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to fail").isLessThan(3000);
		}
	}

	private ConfigurableApplicationContext start(int port) {
		return new SpringApplication(ClienteleApplication.class).run("--clientele.test.own-database=true",
				"--clientele.data-dir=" + dataDir, "--server.port=" + port, "--spring.main.banner-mode=off");
	}
}
