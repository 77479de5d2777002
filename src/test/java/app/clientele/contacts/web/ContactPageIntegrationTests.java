package app.clientele.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contact page over plain HTTP: the timeline's filter by kind, only the actions that apply
 * offered (and the others refused), what each action says after its redirect, archive's Undo.
 */
@IntegrationTest
class ContactPageIntegrationTests {

	private static final Pattern KINDS = Pattern.compile("<li data-type=\"[A-Z_]+\" data-kind=\"([a-z]+)\"");

	@LocalServerPort
	int port;

	Api api;
	Console console;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		account = api.post("/api/v1/accounts", Map.of("name", "Page Co " + TestData.suffix())).id();
	}

	@Test
	void theTimelineFiltersByKindOnTheServer() {
		String id = contact(Map.of("email", TestData.email("kinds")));
		api.post("/api/v1/contacts/" + id + "/comments", Map.of("text", "Called about the renewal"));
		api.patch("/api/v1/contacts/" + id, Map.of("jobTitle", "Owner"));
		assertThat(api.post("/api/v1/contacts/" + id + "/portal/invitations", null).status()).isEqualTo(200);

		assertThat(kinds(console.get("/contacts/" + id + "/timeline").body()))
				.contains("comments", "changes", "portal", "emails");
		var comments = console.get("/contacts/" + id + "/timeline?kind=comments").body();
		assertThat(kinds(comments)).containsOnly("comments");
		assertThat(comments).contains("Called about the renewal").contains("class=\"comment-entry\"");
		assertThat(kinds(console.get("/contacts/" + id + "/timeline?kind=portal").body())).isNotEmpty().containsOnly("portal");
		assertThat(kinds(console.get("/contacts/" + id + "/timeline?kind=emails").body())).isNotEmpty().containsOnly("emails");
		var changes = console.get("/contacts/" + id + "/timeline?kind=changes").body();
		assertThat(kinds(changes)).isNotEmpty().containsOnly("changes");
		assertThat(changes).doesNotContain("Called about the renewal").contains("data-type=\"UPDATED\"");
		assertThat(console.get("/contacts/" + id + "/timeline?kind=gossip").statusCode()).isEqualTo(400);
	}

	@Test
	void theContactPageHasSummaryTimelineAndSideWithClickableEmailAndPhone() {
		String email = TestData.email("summary");
		String id = contact(Map.of("email", email, "phones", List.of(Map.of("type", "WORK", "number", TestData.phone())),
				"tags", List.of("vip")));
		String page = console.get("/contacts/" + id).body();
		assertThat(page).contains("data-region=\"summary\"").contains("data-region=\"timeline\"").contains("data-region=\"side\"")
				.contains("href=\"mailto:" + email + "\"").containsPattern("href=\"tel:\\+1\\d+\"")
				.contains("href=\"/accounts/" + account + "\"").contains("aria-haspopup=\"menu\"");
	}

	@Test
	void refusesMakePrimaryAndPortalInvitationForAnArchivedContactAndOffersNeither() {
		contact(Map.of());
		String id = contact(Map.of("email", TestData.email("archived")));
		console.submit("/contacts/" + id + "/archive", Map.of());
		String page = console.get("/contacts/" + id).body();
		assertThat(page).doesNotContain("/contacts/" + id + "/make-primary").doesNotContain("/contacts/" + id + "/archive")
				.contains("/contacts/" + id + "/restore");
		String portal = console.get("/contacts/" + id + "/portal").body();
		assertThat(portal).doesNotContain("data-send-invitation").doesNotContain("Save portal access")
				.contains("This contact is archived");

		var primary = console.submit("/contacts/" + id + "/make-primary", Map.of());
		assertThat(follow(primary)).contains("role=\"alert\"").contains("data-flash-error");
		assertThat(api.get("/api/v1/contacts/" + id).json().get("primary").asBoolean()).isFalse();
		String refused = console.submit("/contacts/" + id + "/portal/invite", Map.of("permissions", "INVOICES")).body();
		assertThat(refused).contains("role=\"alert\"");
		assertThat(api.get("/api/v1/contacts/" + id + "/portal").json().get("status").asString()).isNotEqualTo("INVITED");
	}

	@Test
	void refusesPortalAccessForAContactWithoutEmailAndOffersNone() {
		String id = contact(Map.of());
		String portal = console.get("/contacts/" + id + "/portal").body();
		assertThat(portal).doesNotContain("data-send-invitation").doesNotContain("Save portal access")
				.contains("data-portal-unavailable").contains("own email address: add one first");
		String refused = console.submit("/contacts/" + id + "/portal/invite", Map.of("permissions", "INVOICES")).body();
		assertThat(refused).contains("role=\"alert\"");
		console.submit("/contacts/" + id + "/portal", Map.of("enabled", "true", "permissions", "INVOICES"));
		assertThat(api.get("/api/v1/contacts/" + id + "/portal").json().get("enabled").asBoolean()).isFalse();
	}

	@Test
	void everySaveArchiveRestoreMoveAndSiteAddSaysWhatHappened() {
		String last = "Said" + TestData.suffix();
		var created = console.submit("/accounts/" + account + "/contacts", Map.of("firstName", "Sam", "lastName", last,
				"active", "true"));
		assertThat(status(follow(created))).isEqualTo("Sam " + last + " saved.");
		String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/contacts/([^?]+).*", "$1");
		assertThat(console.get("/contacts/" + id).body()).as("said once only").doesNotContain("data-flash");

		var saved = console.submit("/contacts/" + id, Map.of("firstName", "Sam", "lastName", last, "active", "true"));
		assertThat(status(follow(saved))).isEqualTo("Changes to Sam " + last + " saved.");
		assertThat(status(follow(console.submit("/contacts/" + id + "/archive", Map.of()))))
				.startsWith("Sam " + last + " archived");
		assertThat(status(follow(console.submit("/contacts/" + id + "/restore", Map.of())))).isEqualTo("Sam " + last + " restored.");
		String targetName = "Target " + TestData.suffix();
		String target = api.post("/api/v1/accounts", Map.of("name", targetName)).id();
		assertThat(status(follow(console.submit("/contacts/" + id + "/move", Map.of("accountId", target)))))
				.isEqualTo("Sam " + last + " moved to " + targetName + ".");
		assertThat(status(follow(console.submit("/accounts/" + account + "/sites", Map.of("name", "Harbour", "address", "1 Quay")))))
				.isEqualTo("Site Harbour added.");
	}

	@Test
	void undoAfterArchiveRestoresTheContact() {
		String id = contact(Map.of());
		String page = follow(console.submit("/contacts/" + id + "/archive", Map.of()));
		assertThat(api.get("/api/v1/contacts/" + id).json().get("active").asBoolean()).isFalse();
		assertThat(page).contains("action=\"/contacts/" + id + "/restore\" data-undo");
		assertThat(status(follow(console.submit("/contacts/" + id + "/restore", Map.of())))).endsWith("restored.");
		assertThat(api.get("/api/v1/contacts/" + id).json().get("active").asBoolean()).isTrue();
		assertThat(console.get("/contacts/" + id).body()).doesNotContain("data-undo");
	}

	private String contact(Map<String, Object> more) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("firstName", "Pat", "lastName", "Page" + TestData.suffix()));
		body.putAll(more);
		return api.post("/api/v1/accounts/" + account + "/contacts", body).id();
	}

	/** The page a redirect leads to, as the browser loads it next (the flash message is on it). */
	private String follow(HttpResponse<String> redirect) {
		assertThat(redirect.statusCode()).as("a redirect: %s", redirect.body()).isEqualTo(302);
		return console.get(redirect.headers().firstValue("Location").orElseThrow()).body();
	}

	/** The text of the page's status message. */
	private static String status(String page) {
		Matcher m = Pattern.compile("role=\"status\" data-flash>\\s*<span>([^<]*)</span>").matcher(page);
		assertThat(m.find()).as("a status message on the page").isTrue();
		return m.group(1).replace("&#39;", "'");
	}

	private static List<String> kinds(String html) {
		return KINDS.matcher(html).results().map(m -> m.group(1)).toList();
	}
}
