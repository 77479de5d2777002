package app.clientele.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The console's contact form edits every phone, the second email and the addresses, as real form posts. */
@IntegrationTest
class ContactFormRowsIntegrationTests {

	@LocalServerPort
	int port;

	Console console;
	Api api;
	String account;

	@BeforeEach
	void setUp() {
		console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = api.post("/api/v1/accounts", Map.of("name", "Rows " + TestData.suffix())).id();
	}

	Map<String, String> person(String... more) {
		Map<String, String> form = new HashMap<>(Map.of("firstName", "Rowan", "lastName", "Rows" + TestData.suffix(),
				"active", "true", "confirmNotDuplicate", "true"));
		for (int i = 0; i < more.length; i += 2) {
			form.put(more[i], more[i + 1]);
		}
		return form;
	}

	String created(HttpResponse<String> saved) {
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		return saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/contacts/([^?]+).*", "$1");
	}

	@Test
	void savesEveryPhoneRowInItsOrderSkippingBlankRows() {
		String id = created(console.submit("/accounts/" + account + "/contacts", person(
				"phones[0].number", "+44 7911 123456", "phones[0].type", "MOBILE",
				"phones[1].number", "", "phones[1].type", "WORK",
				"phones[2].number", "+49 30 901820", "phones[2].type", "WORK",
				"phones[3].number", "(212) 736-3100", "phones[3].type", "HOME")));
		JsonNode phones = api.get("/api/v1/contacts/" + id).json().get("phones");
		assertThat(phones.findValuesAsString("e164")).containsExactly("+447911123456", "+4930901820", "+12127363100");
		assertThat(phones.findValuesAsString("type")).containsExactly("MOBILE", "WORK", "HOME");
	}

	@Test
	void theEditPageShowsEveryPhoneFormattedForItsCountry() {
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Many", "lastName",
				"Phones" + TestData.suffix(), "phones", List.of(Map.of("type", "WORK", "number", "+1 212 736 3100"),
						Map.of("type", "MOBILE", "number", "+44 7911 123456"), Map.of("type", "HOME", "number", "+49 30 901820")),
				"confirmNotDuplicate", true)).id();
		String edit = console.get("/contacts/" + id + "/edit").body();
		assertThat(edit).contains("value=\"(212) 736-3100\"", "value=\"+44 7911 123456\"", "value=\"+49 30 901820\"")
				.contains("name=\"phones[3].number\" type=\"tel\" value=\"\"");
		assertThat(console.get("/contacts/" + id).body()).contains(">(212) 736-3100<", ">+44 7911 123456<");
		var saved = console.submit("/contacts/" + id, Map.of("firstName", "Many", "lastName", "Phones", "active", "true",
				"phones[0].number", "+44 7911 123456", "phones[0].type", "MOBILE",
				"phones[1].number", "(212) 736-3100", "phones[1].type", "WORK"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(api.get("/api/v1/contacts/" + id).json().get("phones").findValuesAsString("e164"))
				.as("reordered, the third removed").containsExactly("+447911123456", "+12127363100");
	}

	@Test
	void savesTheSecondEmailAndAddressesWithTheCountryPickedByName() {
		String second = TestData.email("rowan");
		String id = created(console.submit("/accounts/" + account + "/contacts", person(
				"secondEmail", second, "secondEmailLabel", "PERSONAL",
				"addresses[0].type", "WORK", "addresses[0].lines", "Invalidenstraße 116\r\n3. OG",
				"addresses[0].postcode", "10115", "addresses[0].city", "Berlin", "addresses[0].country", "germany",
				"addresses[1].type", "HOME", "addresses[1].lines", "", "addresses[1].city", "",
				"addresses[1].country", "",
				"addresses[2].type", "SHIPPING", "addresses[2].lines", "Dock 4", "addresses[2].city", "Hamburg",
				"addresses[2].country", "DE")));
		JsonNode contact = api.get("/api/v1/contacts/" + id).json();
		assertThat(contact.get("secondEmail").asString()).isEqualTo(second);
		assertThat(contact.get("secondEmailLabel").asString()).isEqualTo("PERSONAL");
		JsonNode addresses = contact.get("addresses");
		assertThat(addresses.findValuesAsString("type")).containsExactly("WORK", "SHIPPING");
		assertThat(addresses.get(0).get("lines").get(1).asString()).isEqualTo("3. OG");
		assertThat(addresses.get(0).get("country").asString()).isEqualTo("DE");
		String page = console.get("/contacts/" + id).body();
		assertThat(page).contains(second).contains("Invalidenstraße 116, 3. OG, 10115 Berlin, Germany")
				.contains("Dock 4, Hamburg, Germany");
		assertThat(console.get("/contacts/" + id + "/edit").body()).contains("value=\"Germany\"")
				.contains("<datalist id=\"countries\">");
	}

	@Test
	void aRefusedAddressShowsItsProblemAtItsOwnRow() {
		var refused = console.submit("/accounts/" + account + "/contacts", person(
				"addresses[0].type", "WORK", "addresses[0].lines", "", "addresses[0].city", "",
				"addresses[1].type", "HOME", "addresses[1].lines", "1 Main St", "addresses[1].postcode", "1234",
				"addresses[1].country", "United States",
				"addresses[2].type", "WORK", "addresses[2].lines", "Nowhere 1", "addresses[2].country", "Atlantis"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
				.contains("id=\"addresses[1].postcode-error\">1234 is not a postcode of United States (such as 95014).")
				.contains("id=\"addresses[2].country-error\">Atlantis is not a country we know: pick one from the list.");
	}

	@Test
	void refusesASecondEmailEqualToTheEmailOnTheForm() {
		String email = TestData.email("twice");
		var refused = console.submit("/accounts/" + account + "/contacts", person("email", email, "secondEmail", email));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"secondEmail-error\">Second email must differ from the email");
	}
}
