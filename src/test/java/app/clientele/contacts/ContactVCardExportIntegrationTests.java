package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** vCard 4.0 of one contact and of a list, through the API. */
@IntegrationTest
class ContactVCardExportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestExports exports;

	Api api;
	String account;
	String accountName;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		accountName = "Cards, Inc. " + TestData.suffix();
		account = api.post("/api/v1/accounts", Map.of("name", accountName)).id();
	}

	@Test
	void cardCarriesTheContactsFieldsEscaped() {
		String email = TestData.email("zoe");
		var created = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Zoë", "middleName", "Ann",
				"lastName", "O'Brien", "email", email, "jobTitle", "Head of Sales; EMEA", "tags", List.of("vip", "a,b"),
				"birthday", "1990-02-28", "notes", "Calls back, mostly.\nPrefers mornings",
				"phones", List.of(Map.of("type", "MOBILE", "number", "+44 7911 123456"),
						Map.of("type", "WORK", "number", "+1 650 253 0000")), "confirmNotDuplicate", true));
		assertThat(created.status()).as("%s", created.text()).isEqualTo(201);
		String id = created.id();
		var card = api.get("/api/v1/contacts/" + id + "/vcard");
		assertThat(card.status()).isEqualTo(200);
		assertThat(card.header("Content-Type")).isEqualTo("text/vcard;charset=UTF-8");
		assertThat(card.header("Content-Disposition")).startsWith("attachment;").contains("OBrien.vcf");
		String text = card.text();
		assertThat(text).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").endsWith("END:VCARD\r\n");
		assertThat(text).contains("UID:urn:uuid:" + id + "\r\n", "FN:Zoë Ann O'Brien\r\n", "N:O'Brien;Zoë;Ann;;\r\n",
				"ORG:" + accountName.replace(",", "\\,") + "\r\n", "TITLE:Head of Sales\\; EMEA\r\n",
				"EMAIL:" + email + "\r\n", "TEL;TYPE=cell;VALUE=uri:tel:+447911123456\r\n",
				"TEL;TYPE=work;VALUE=uri:tel:+16502530000\r\n", "CATEGORIES:vip,a\\,b\r\n", "BDAY:19900228\r\n",
				"NOTE:Calls back\\, mostly.\\nPrefers mornings\r\n");
		VCard parsed = Ezvcard.parse(text).first();
		assertThat(parsed.getVersion()).isEqualTo(VCardVersion.V4_0);
		assertThat(parsed.getNotes().getFirst().getValue()).isEqualTo("Calls back, mostly.\nPrefers mornings");
		assertThat(parsed.getCategories().getValues()).containsExactly("vip", "a,b");
		assertThat(parsed.getOrganization().getValues()).containsExactly(accountName);
		assertThat(exports.published()).filteredOn(e -> e.filters().equals("contactId=" + id)).singleElement()
				.satisfies(e -> assertThat(e.format()).isEqualTo(ExportFormat.VCARD));
	}

	@Test
	void cardCarriesTheSecondEmailAndAnAdrPerAddress() {
		String second = TestData.email("billing");
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Ada", "lastName",
				"Dress", "secondEmail", second, "secondEmailLabel", "BILLING", "addresses", List.of(
						Map.of("type", "HOME", "lines", List.of("1 Main St", "Apt 2"), "city", "Springfield",
								"region", "IL", "postcode", "62701", "country", "US"),
						Map.of("type", "SHIPPING", "lines", List.of("Dock 4"), "city", "Hamburg", "country", "DE"))))
				.id();
		String text = api.get("/api/v1/contacts/" + id + "/vcard").text();
		assertThat(text).contains("EMAIL;TYPE=billing:" + second + "\r\n",
				"ADR;TYPE=home:;;1 Main St,Apt 2;Springfield;IL;62701;US\r\n", "ADR;TYPE=shipping:;;Dock 4;Hamburg;;;DE\r\n");
		VCard parsed = Ezvcard.parse(text).first();
		assertThat(parsed.getAddresses().getFirst().getStreetAddresses()).containsExactly("1 Main St", "Apt 2");
	}

	@Test
	void longLinesAreFoldedAt75Octets() {
		String notes = "word ".repeat(60).strip();
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Long", "lastName",
				"Notes", "notes", notes)).id();
		String text = api.get("/api/v1/contacts/" + id + "/vcard").text();
		assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
		assertThat(Ezvcard.parse(text).first().getNotes().getFirst().getValue()).isEqualTo(notes);
	}

	@Test
	void vcfOfAListHoldsOneCardPerContactInNameOrder() {
		for (String last : List.of("Bravo", "Alpha", "Charlie")) {
			api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Card", "lastName", last,
					"confirmNotDuplicate", true));
		}
		var vcf = api.get("/api/v1/contacts/export.vcf?accountId=" + account);
		assertThat(vcf.status()).isEqualTo(200);
		assertThat(vcf.header("Content-Type")).isEqualTo("text/vcard;charset=UTF-8");
		assertThat(vcf.header("Content-Disposition")).contains("filename=\"contacts.vcf\"");
		List<VCard> cards = Ezvcard.parse(vcf.text()).all();
		assertThat(cards).extracting(c -> c.getStructuredName().getFamily()).containsExactly("Alpha", "Bravo", "Charlie");
		assertThat(cards).allSatisfy(c -> assertThat(c.getOrganization().getValues()).containsExactly(accountName));
		assertThat(exports.published()).filteredOn(e -> e.filters().contains(account)).singleElement().satisfies(e -> {
			assertThat(e.format()).isEqualTo(ExportFormat.VCARD);
			assertThat(e.rowCount()).isEqualTo(3);
		});
	}

	@Test
	void unknownContactHasNoCard() {
		assertThat(api.get("/api/v1/contacts/" + java.util.UUID.randomUUID() + "/vcard").status()).isEqualTo(404);
		assertThat(api.get("/api/v1/contacts/export.vcf?includeArchived=perhaps").status()).isEqualTo(400);
	}
}
