package app.clientele.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's audit page: the trail in people's words, filters in the URL, the CSV link, the chain check. */
@IntegrationTest
class AuditPageIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void showsTheTrailInPeoplesWordsWithItsFiltersCsvAndCheck() {
		Console admin = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		HttpResponse<String> page = admin.get("/audit?action=STAFF_SIGNED_IN&from=2000-01-01");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Audit trail", "Administrator (staff)", "Signed in", "Signed in through: the console sign-in form",
				"The trail is intact", "/audit/export.csv?action=STAFF_SIGNED_IN&amp;from=2000-01-01",
				"<option value=\"STAFF_SIGNED_IN\" selected=\"selected\">Signed in</option>", "href=\"/audit\"")
				.doesNotContain("??");
		HttpResponse<String> csv = admin.get("/audit/export.csv?action=STAFF_SIGNED_IN");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains(",STAFF_SIGNED_IN,");
	}

	@Test
	void saysWhichFilterItCannotReadAndListsNothing() {
		Console admin = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		HttpResponse<String> page = admin.get("/audit?from=" + Api.q("last tuesday"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("must be a date", "No entries.");
	}
}
