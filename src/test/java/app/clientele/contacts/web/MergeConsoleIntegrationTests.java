package app.clientele.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The merge page: both sides with a choice per field, the merge with its Undo, and the undo. */
@IntegrationTest
class MergeConsoleIntegrationTests {

	private static final Pattern UNDO = Pattern.compile("action=\"(/merges/[0-9a-f-]+/undo)\"");

	@LocalServerPort
	int port;

	@Test
	void staffMergeWithFieldChoicesAndUndo() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Merge Console " + TestData.suffix())).id();
		String survivor = contact(api, account, "Greta", "Buyer");
		String other = contact(api, account, "Gretchen", "Owner");
		api.post("/api/v1/contacts/" + other + "/comments", Map.of("text", "Met at the fair"));
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

		var page = console.get("/contacts/" + survivor + "/merge?other=" + other);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Gretchen", "Greta", "Job title", "Owner", "Buyer", "Comments",
				"can be undone for 30 days");
		var merged = console.submitOn(page, "/contacts/" + survivor + "/merge", Map.of("other", other,
				"keep.jobTitle", "OTHER", "keep.firstName", "THIS", "portalLogin", "THIS"));
		assertThat(merged.statusCode()).isEqualTo(302);
		var after = console.get(merged.headers().firstValue("Location").orElseThrow());
		assertThat(after.body()).contains("merged into this contact");
		assertThat(api.get("/api/v1/contacts/" + survivor).json().get("jobTitle").asString()).isEqualTo("Owner");
		assertThat(api.get("/api/v1/contacts/" + other).status()).isEqualTo(404);
		assertThat(console.get("/contacts/" + survivor + "/timeline").body()).contains("Met at the fair", "Undo merge");

		Matcher undo = UNDO.matcher(after.body());
		assertThat(undo.find()).as("the message's Undo").isTrue();
		var undone = console.submitOn(after, undo.group(1), Map.of());
		assertThat(undone.statusCode()).isEqualTo(302);
		assertThat(console.get(undone.headers().firstValue("Location").orElseThrow()).body()).contains("Merge undone");
		assertThat(api.get("/api/v1/contacts/" + other).json().get("jobTitle").asString()).isEqualTo("Owner");
	}

	private static String contact(Api api, String account, String firstName, String jobTitle) {
		return api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", firstName, "lastName",
				"Merge" + TestData.suffix(), "jobTitle", jobTitle, "email", TestData.email(firstName.toLowerCase()),
				"confirmNotDuplicate", true)).id();
	}
}
