package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A contact's postal addresses through the API: what is kept, what is refused, how a merge patch replaces them. */
@IntegrationTest
class ContactAddressesIntegrationTests {

	@LocalServerPort
	int port;

	Api api;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = api.post("/api/v1/accounts", Map.of("name", "Addresses " + UUID.randomUUID())).id();
	}

	static Map<String, Object> address(String type, String country, String postcode, String... lines) {
		Map<String, Object> address = new HashMap<>();
		address.put("type", type);
		address.put("lines", Arrays.asList(lines));
		address.put("city", "Town");
		address.put("country", country);
		address.put("postcode", postcode);
		return address;
	}

	Api.Response create(List<?> addresses) {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", "Ada");
		body.put("lastName", "Post" + UUID.randomUUID());
		body.put("addresses", addresses);
		return api.post("/api/v1/accounts/" + account + "/contacts", body);
	}

	static String field(Api.Response refused) {
		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		return refused.json().get("errors").get(0).get("field").asString();
	}

	@Test
	void keepsTypedAddressesInTheirOrder() {
		var created = create(List.of(address("WORK", "de", " 10115 ", "Invalidenstraße 116", "3. OG"),
				address("SHIPPING", "GB", "sw1a 1aa", "Buckingham Palace")));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode addresses = api.get("/api/v1/contacts/" + created.id()).json().get("addresses");
		assertThat(addresses).hasSize(2);
		assertThat(addresses.get(0).get("type").asString()).isEqualTo("WORK");
		assertThat(addresses.get(0).get("lines").get(0).asString()).isEqualTo("Invalidenstraße 116");
		assertThat(addresses.get(0).get("lines").get(1).asString()).isEqualTo("3. OG");
		assertThat(addresses.get(0).get("country").asString()).isEqualTo("DE");
		assertThat(addresses.get(0).get("postcode").asString()).isEqualTo("10115");
		assertThat(addresses.get(1).get("type").asString()).isEqualTo("SHIPPING");
		assertThat(addresses.get(1).get("postcode").asString()).isEqualTo("SW1A 1AA");
	}

	@Test
	void refusesACountryThatIsNoIsoCode() {
		assertThat(field(create(List.of(address("HOME", "Germany", "10115", "A street"))))).isEqualTo("addresses[0].country");
		assertThat(field(create(List.of(address("HOME", "XX", "10115", "A street"))))).isEqualTo("addresses[0].country");
	}

	@Test
	void refusesAPostcodeOfTheWrongShapeForAKnownCountry() {
		var refused = create(List.of(address("WORK", "US", "94043", "1600 Amphitheatre Pkwy"),
				address("HOME", "DE", "1011", "Kurze Straße 1")));
		assertThat(field(refused)).isEqualTo("addresses[1].postcode");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("Germany").contains("26133");
		assertThat(field(create(List.of(address("HOME", "NL", "ABCD 12", "Damrak 1"))))).isEqualTo("addresses[0].postcode");
	}

	@Test
	void takesAnyPostcodeOfACountryWhoseShapeIsNotKnown() {
		assertThat(create(List.of(address("BILLING", "AE", "PO BOX 123-X", "Sheikh Zayed Rd"))).status()).isEqualTo(201);
		assertThat(create(List.of(address("BILLING", "IE", "D02 X285", "1 Grafton St"))).status()).isEqualTo(201);
	}

	@Test
	void refusesAnAddressWithoutATypeOrAnyPlace() {
		Map<String, Object> untyped = address("HOME", "FR", "75001", "1 rue de Rivoli");
		untyped.remove("type");
		assertThat(field(create(List.of(untyped)))).isEqualTo("addresses[0].type");
		Map<String, Object> empty = new HashMap<>(Map.of("type", "HOME", "country", "FR"));
		assertThat(field(create(List.of(empty)))).isEqualTo("addresses[0].lines");
		Map<String, Object> badType = address("OFFICE", "FR", "75001", "1 rue de Rivoli");
		assertThat(create(List.of(badType)).status()).isEqualTo(400);
	}

	@Test
	void aMergePatchReplacesTheAddressesAsAWhole() {
		String id = create(List.of(address("WORK", "DE", "10115", "Work 1"), address("HOME", "DE", "10117", "Home 1")))
				.id();
		var renamed = api.patch("/api/v1/contacts/" + id, Map.of("jobTitle", "Buyer"));
		assertThat(renamed.json().get("addresses")).hasSize(2);
		var replaced = api.patch("/api/v1/contacts/" + id, Map.of("addresses", List.of(address("SHIPPING", "AT", "1010", "Ring 1"))));
		assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
		assertThat(replaced.json().get("addresses")).hasSize(1);
		assertThat(replaced.json().get("addresses").get(0).get("type").asString()).isEqualTo("SHIPPING");
		Map<String, Object> none = new HashMap<>();
		none.put("addresses", null);
		assertThat(api.patch("/api/v1/contacts/" + id, none).json().get("addresses")).isEmpty();
	}

	@Test
	void aMergePatchWithABadAddressNamesItsField() {
		String id = create(List.of()).id();
		var refused = api.patch("/api/v1/contacts/" + id,
				Map.of("addresses", List.of(address("WORK", "DE", "10115", "Fine 1"), address("HOME", "CA", "12345", "Bad 1"))));
		assertThat(field(refused)).isEqualTo("addresses[1].postcode");
	}

	@Test
	void theHistoryRecordsAnAddressChangeByKind() {
		String id = create(List.of(address("WORK", "DE", "10115", "Alt 1"))).id();
		api.patch("/api/v1/contacts/" + id, Map.of("addresses", List.of(address("WORK", "DE", "10117", "Neu 2"))));
		JsonNode changes = api.get("/api/v1/contacts/" + id + "/activity").json().get("items").get(0).get("details")
				.get("changes");
		assertThat(changes.toString()).contains("\"field\":\"address.WORK\"")
				.contains("\"old\":\"Alt 1, 10115 Town, DE\"").contains("\"new\":\"Neu 2, 10117 Town, DE\"");
	}
}
