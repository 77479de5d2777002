package app.clientele.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console tells staff what went wrong and what happened in their words: refusals from the
 * catalogue (i18n/validation.properties) instead of the API's texts, which the API keeps, and a
 * timeline of sentences and field labels instead of codes.
 */
@IntegrationTest
class ContactWordsIntegrationTests {

	@LocalServerPort
	int port;

	Api api;
	Console console;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		account = api.post("/api/v1/accounts", Map.of("name", "Worded " + UUID.randomUUID())).id();
	}

	@Test
	void aPhoneNumberNobodyCanReadAsksForTheCountryCode() {
		var page = console.submit("/accounts/" + account + "/contacts", Map.of("firstName", "Pia", "lastName", "Phone",
				"phones[0].number", "12", "phones[0].type", "WORK", "active", "true"));
		assertThat(page.body()).contains("Phone 1 isn&#39;t a number we can read — include the country code, e.g. +1 201-555-0123")
				.doesNotContain("Phones[0]").doesNotContain("with region US");

		var refused = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Pia", "lastName",
				"Phone", "phones", List.of(Map.of("type", "WORK", "number", "12"))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("phones[0].number");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
				.as("the API keeps its text").isEqualTo("is not a phone number we can read (with region US)");
		assertThat(refused.text()).as("the page's message key stays out of the problem").doesNotContain("validation.");
	}

	@Test
	void aLikelyDuplicateIsExplainedWithoutTheApisSwitch() {
		String last = "Twin" + TestData.suffix();
		api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Terry", "lastName", last));
		var page = console.submit("/accounts/" + account + "/contacts", Map.of("firstName", "Terri", "lastName", last,
				"active", "true"));
		assertThat(page.body()).contains("This person may already be on record").doesNotContain("confirmNotDuplicate: true");

		var refused = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Terri", "lastName", last));
		assertThat(refused.json().get("detail").asString()).contains("send again with confirmNotDuplicate: true");
	}

	@Test
	void anArchivedContactIsNamedNotNumbered() {
		String last = "Gone" + TestData.suffix();
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Arlo", "lastName", last)).id();
		assertThat(api.post("/api/v1/contacts/" + id + "/archive", null).status()).isEqualTo(200);
		var refused = console.submit("/contacts/" + id + "/make-primary", Map.of());
		assertThat(refused.statusCode()).as("back to the contact, saying why").isEqualTo(302);
		var page = console.get("/contacts/" + id);
		assertThat(page.body()).contains("Arlo " + last + " is archived; restore the contact first.")
				.doesNotContain("Contact " + id);
	}

	@Test
	void aMalformedAddressIsExplainedOnThePage() {
		var page = console.get("/contacts/not-a-contact-id");
		assertThat(page.body()).contains("This address has a part we cannot read.").doesNotContain("has the wrong format");
	}

	@Test
	void theTimelineSaysWhatChangedInWords() {
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Tia", "lastName",
				"Timeline" + TestData.suffix(), "email", TestData.email("tia"), "jobTitle", "Buyer", "businessRoles",
				List.of("BUYER"), "preferredChannel", "ANY")).id();
		assertThat(api.patch("/api/v1/contacts/" + id, Map.of("jobTitle", "Owner", "businessRoles", List.of("OWNER"),
				"stage", "CLIENT", "preferredChannel", "WHATSAPP")).status()).isEqualTo(200);
		api.put("/api/v1/contacts/" + id + "/portal", Map.of("enabled", true, "permissions", List.of("INVOICES"),
				"allSites", true));
		String timeline = console.get("/contacts/" + id + "/timeline").body().replaceAll("\\s+", " ");
		assertThat(timeline).contains("<strong>Job title</strong>: <span>Buyer</span> → <span>Owner</span>")
				.contains("<strong>Business roles</strong>: <span>Buyer</span> → <span>Owner</span>")
				.contains("<strong>Stage</strong>: <span>—</span> → <span>Client</span>")
				.contains("<strong>Preferred channel</strong>: <span>Any channel</span> → <span>WhatsApp</span>")
				.contains("Portal access changed: Invoices; all sites")
				.doesNotContain("jobTitle").doesNotContain(">BUYER<");

		var entries = api.get("/api/v1/contacts/" + id + "/activity").text();
		assertThat(entries).as("the API returns the entries as stored").contains("\"jobTitle\"").contains("\"PORTAL_ACCESS_CHANGED\"");
	}
}
