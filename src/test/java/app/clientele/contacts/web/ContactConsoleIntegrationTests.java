package app.clientele.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The contact screens over plain HTTP: the Add Contact form, the live warnings, the contact page. */
@IntegrationTest
class ContactConsoleIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void staffAddAContactAndSeeItsPageWithTimeline() {
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		String account = new Api(port).as(TestUsers.adminToken(new Api(port)))
				.post("/api/v1/accounts", Map.of("name", "Console Contacts " + UUID.randomUUID())).id();
		var tab = console.get("/accounts/" + account + "/contacts");
		assertThat(tab.body()).contains("Add contact").contains("Add a filter").contains("<dialog id=\"add-contact\"");

		String last = "Console" + UUID.randomUUID().toString().substring(0, 6);
		String phone = app.clientele.TestData.phone();
		String e164 = "+1" + phone.replaceAll("\\D", "");
		var saved = console.submit("/accounts/" + account + "/contacts", Map.of("firstName", "Carla", "lastName", last,
				"email", "carla." + last.toLowerCase() + "@example.com", "active", "true", "phones[0].number", phone,
				"phones[0].type", "WORK"));
		assertThat(saved.statusCode()).isEqualTo(302);
		var page = console.get(saved.headers().firstValue("Location").orElseThrow());
		assertThat(page.body()).contains("Carla " + last).contains("Primary").contains(e164);
		String contactId = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/contacts/([^?]+).*", "$1");
		var timeline = console.get("/contacts/" + contactId + "/timeline");
		assertThat(timeline.body()).contains("Created").contains("Add a comment");
		var commented = console.submit("/contacts/" + contactId + "/comments", Map.of("text", "Called about renewal"));
		assertThat(commented.statusCode()).isEqualTo(302);
		assertThat(console.get("/contacts/" + contactId + "/timeline").body()).contains("Called about renewal");
	}

	@Test
	void theFormWarnsOfDuplicatesAndSharedMailboxesWhileTyping() {
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Warned " + UUID.randomUUID())).id();
		String email = "dana." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Dana", "lastName", "Existing", "email", email));
		var duplicate = console.get("/contacts/duplicate-check?accountId=" + account + "&email=" + enc(email));
		assertThat(duplicate.body()).contains("data-warning=\"DUPLICATE\"").contains("Dana Existing").contains("Same email");
		var shared = console.get("/contacts/duplicate-check?accountId=" + account + "&email=" + enc("info@example.com"));
		assertThat(shared.body()).contains("data-warning=\"SHARED_EMAIL\"");
	}

	@Test
	void aRefusedFormShowsErrorsNextToFieldsAndCandidates() {
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Refused " + UUID.randomUUID())).id();
		var invalid = console.submit("/accounts/" + account + "/contacts", Map.of("firstName", "", "lastName", "X",
				"phones[0].number", "12", "active", "true"));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("id=\"firstName-error\">First name is required").contains("id=\"phones[0].number-error\">");
		String last = "Twin" + UUID.randomUUID().toString().substring(0, 6);
		api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Terry", "lastName", last));
		var dup = console.submit("/accounts/" + account + "/contacts", Map.of("firstName", "Terri", "lastName", last,
				"active", "true"));
		assertThat(dup.body()).contains("may already be on record").contains("name=\"confirmNotDuplicate\"");
		var confirmed = console.submit("/accounts/" + account + "/contacts", Map.of("firstName", "Terri", "lastName", last,
				"active", "true", "confirmNotDuplicate", "true"));
		assertThat(confirmed.statusCode()).isEqualTo(302);
	}

	@Test
	void staffMoveAContactWithTheAccountPicker() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String from = api.post("/api/v1/accounts", Map.of("name", "From " + UUID.randomUUID())).id();
		String targetName = "Target " + UUID.randomUUID();
		String to = api.post("/api/v1/accounts", Map.of("name", targetName)).id();
		String id = api.post("/api/v1/accounts/" + from + "/contacts", Map.of("firstName", "M", "lastName", "Over" + UUID.randomUUID())).id();
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		var options = console.get("/accounts/picker?field=accountId&q=" + enc(targetName));
		assertThat(options.body()).contains("name=\"accountId\"").contains("value=\"" + to + "\"").contains(targetName);
		var moved = console.submit("/contacts/" + id + "/move", Map.of("accountId", to));
		assertThat(moved.statusCode()).isEqualTo(302);
		assertThat(api.get("/api/v1/contacts/" + id).json().get("accountId").asString()).isEqualTo(to);
	}

	@Test
	void deleteIsOfferedToAdminsOnly() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Offers " + UUID.randomUUID())).id();
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "O", "lastName", "Ffer" + UUID.randomUUID())).id();
		Console admin = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		assertThat(admin.get("/contacts/" + id).body()).contains("/contacts/" + id + "/delete");
		TestUsers.token(new Api(port), Role.SALES);
		Console sales = Console.signIn(port, "sales@staff.example.com", TestUsers.PASSWORD);
		assertThat(sales.get("/contacts/" + id).body()).doesNotContain("/contacts/" + id + "/delete").contains("Archive");
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
