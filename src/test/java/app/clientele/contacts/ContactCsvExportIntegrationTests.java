package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The CSV export of contact lists and searches, through the API: columns, cells, filters, the event. */
@IntegrationTest
class ContactCsvExportIntegrationTests {

	static final String HEADER = "firstName,middleName,lastName,email,secondEmail,phone.WORK,phone.MOBILE,phone.HOME,"
			+ "phone.OTHER,jobTitle,stage,tags,doNotEmail,doNotCall,mobileOptOut,marketingOptIn,birthday,notes,"
			+ "accountNumber,accountName,siteName,address.WORK,address.HOME,address.BILLING,address.SHIPPING";

	@LocalServerPort
	int port;

	@Autowired
	TestExports exports;

	Api api;
	String account;
	String accountName;
	String accountNumber;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		accountName = "Export " + TestData.suffix();
		accountNumber = "EX-" + TestData.suffix();
		account = api.post("/api/v1/accounts", Map.of("name", accountName, "number", accountNumber)).id();
	}

	@Test
	void writesTheHeaderInTheFieldOrderOfTheImport() {
		var csv = api.get("/api/v1/contacts/export.csv?accountId=" + account);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.header("Content-Disposition")).startsWith("attachment;").contains("filename=\"contacts.csv\"");
		assertThat(csv.text()).isEqualTo("\uFEFF" + HEADER + "\r\n");
	}

	@Test
	void writesEachPhoneUnderItsKindTagsAndSitesJoinedBySemicolons() throws IOException {
		String north = site("North yard");
		String east = site("East; the old depot");
		String id = create(fields("firstName", "Ada", "middleName", "King", "lastName", "Lovelace", "email",
				TestData.email("ada"), "jobTitle", "Analyst", "stage", "CLIENT", "tags", List.of("vip", "north;east"),
				"birthday", "1815-12-10", "doNotCall", true, "siteIds", List.of(north, east),
				"phones", List.of(phone("WORK", "+1 650 253 0000"), phone("MOBILE", "+44 7911 123456"),
						phone("MOBILE", "+49 1512 3456789"), phone("HOME", "(212) 736-3100"))));
		CSVRecord row = only(rows("accountId=" + account));
		assertThat(row.get("firstName")).isEqualTo("Ada");
		assertThat(row.get("middleName")).isEqualTo("King");
		assertThat(row.get("email")).isEqualTo(api.get("/api/v1/contacts/" + id).json().get("email").asString());
		assertThat(row.get("secondEmail")).isEmpty();
		assertThat(row.get("phone.WORK")).isEqualTo("'+16502530000");
		assertThat(row.get("phone.MOBILE")).isEqualTo("'+447911123456;+4915123456789");
		assertThat(row.get("phone.HOME")).isEqualTo("'+12127363100");
		assertThat(row.get("phone.OTHER")).isEmpty();
		assertThat(row.get("stage")).isEqualTo("CLIENT");
		assertThat(row.get("tags")).isEqualTo("vip;north\\;east");
		assertThat(List.of(row.get("doNotEmail"), row.get("doNotCall"), row.get("mobileOptOut"), row.get("marketingOptIn")))
				.containsExactly("false", "true", "false", "false");
		assertThat(row.get("birthday")).isEqualTo("1815-12-10");
		assertThat(row.get("accountNumber")).isEqualTo(accountNumber);
		assertThat(row.get("accountName")).isEqualTo(accountName);
		assertThat(row.get("siteName")).isEqualTo("East\\; the old depot;North yard");
	}

	@Test
	void writesTheSecondEmailAndEachKindOfAddressOnOneLine() throws IOException {
		String second = TestData.email("second");
		create(Map.of("firstName", "Addie", "lastName", "Dress", "secondEmail", second, "addresses", List.of(
				Map.of("type", "WORK", "lines", List.of("Invalidenstraße 116", "3. OG"), "city", "Berlin",
						"postcode", "10115", "country", "DE"),
				Map.of("type", "WORK", "lines", List.of("Annex; back door"), "city", "Berlin", "country", "DE"),
				Map.of("type", "SHIPPING", "lines", List.of("Dock 4"), "city", "Hamburg", "postcode", "20457",
						"country", "DE"))));
		CSVRecord row = only(rows("accountId=" + account));
		assertThat(row.get("secondEmail")).isEqualTo(second);
		assertThat(row.get("address.WORK"))
				.isEqualTo("Invalidenstraße 116, 3. OG, 10115 Berlin, DE;Annex\\; back door, Berlin, DE");
		assertThat(row.get("address.HOME")).isEmpty();
		assertThat(row.get("address.SHIPPING")).isEqualTo("Dock 4, 20457 Hamburg, DE");
	}

	/**
	 * OWASP's rule for every cell, phones included: an E.164 number unquoted is a formula to Excel
	 * ({@code +4930...} becomes the number 4930..., shown as 4.93E+10), quoted it stays the text it is.
	 */
	@Test
	void neutralisesEveryCellASpreadsheetWouldRunPhonesIncluded() throws IOException {
		create(Map.of("firstName", "=HYPERLINK(\"http://evil.example\")", "lastName", "Formula", "jobTitle", "@SUM(A1)",
				"tags", List.of("-1+2"), "notes", "=1+1", "phones", List.of(phone("OTHER", "+49 30 12345678"))));
		create(Map.of("firstName", "Tab", "lastName", "Formula", "notes", "\tcmd|' /C calc'!A0"));
		List<CSVRecord> rows = rows("accountId=" + account);
		CSVRecord formula = rows.stream().filter(r -> r.get("lastName").equals("Formula") && !r.get("firstName").equals("Tab"))
				.findFirst().orElseThrow();
		assertThat(formula.get("firstName")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
		assertThat(formula.get("jobTitle")).isEqualTo("'@SUM(A1)");
		assertThat(formula.get("tags")).isEqualTo("'-1+2");
		assertThat(formula.get("notes")).isEqualTo("'=1+1");
		assertThat(formula.get("phone.OTHER")).isEqualTo("'+493012345678");
		// Text is stored without surrounding whitespace, so a leading tab or carriage return never
		// reaches a cell through the API; ContactColumnsTests checks that such a cell is neutralised.
		assertThat(rows.stream().filter(r -> r.get("firstName").equals("Tab")).findFirst().orElseThrow().get("notes"))
				.isEqualTo("cmd|' /C calc'!A0");
	}

	@Test
	void keepsAccentsAndLineBreaksInUtf8WithAByteOrderMark() throws IOException {
		create(Map.of("firstName", "Zoë", "lastName", "Łukasiewicz-Núñez", "notes", "Straße 5, 2. OG\r\n\"Hinterhaus\""));
		var csv = api.get("/api/v1/contacts/export.csv?accountId=" + account);
		assertThat(csv.raw().headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(csv.text()).startsWith("\uFEFF" + HEADER + "\r\n");
		assertThat(csv.text()).contains("\"Straße 5, 2. OG\r\n\"\"Hinterhaus\"\"\"");
		CSVRecord row = only(rows("accountId=" + account));
		assertThat(row.get("firstName")).isEqualTo("Zoë");
		assertThat(row.get("lastName")).isEqualTo("Łukasiewicz-Núñez");
		assertThat(row.get("notes")).isEqualTo("Straße 5, 2. OG\r\n\"Hinterhaus\"");
	}

	@Test
	void exportsOnlyTheContactsOfTheAccountAsked() throws IOException {
		String other = api.post("/api/v1/accounts", Map.of("name", "Other " + TestData.suffix())).id();
		String last = "Only" + TestData.suffix();
		create(Map.of("firstName", "In", "lastName", last));
		api.post("/api/v1/accounts/" + other + "/contacts", Map.of("firstName", "Out", "lastName", last,
				"confirmNotDuplicate", true));
		assertThat(rows("accountId=" + account)).extracting(r -> r.get("firstName")).containsExactly("In");
		assertThat(rows("q=" + last)).extracting(r -> r.get("firstName")).containsExactly("In", "Out");
		assertThat(rows("q=" + last + "&accountId=" + other)).extracting(r -> r.get("firstName")).containsExactly("Out");
	}

	@Test
	void refusesAMalformedFilterNamingIt() {
		for (String bad : List.of("accountId=not-a-uuid", "includeArchived=maybe")) {
			var refused = api.get("/api/v1/contacts/export.csv?" + bad);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(bad.split("=")[0]);
		}
		assertThat(api.get("/api/v1/contacts/export.csv?accountId=" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void leavesArchivedContactsOutAsTheListDoes() throws IOException {
		create(Map.of("firstName", "Stays", "lastName", "Active"));
		String gone = create(Map.of("firstName", "Gone", "lastName", "Archived"));
		assertThat(api.post("/api/v1/contacts/" + gone + "/archive", null).status()).isEqualTo(200);
		assertThat(rows("accountId=" + account)).extracting(r -> r.get("firstName")).containsExactly("Stays");
		assertThat(rows("accountId=" + account + "&includeArchived=true")).extracting(r -> r.get("firstName"))
				.containsExactly("Stays", "Gone");
	}

	@Test
	void publishesContactsExportedWithTheRowCountOnceWritten() {
		create(Map.of("firstName", "One", "lastName", "Counted"));
		create(Map.of("firstName", "Two", "lastName", "Counted"));
		assertThat(api.get("/api/v1/contacts/export.csv?accountId=" + account).status()).isEqualTo(200);
		assertThat(exports.published()).filteredOn(e -> e.filters().contains(account)).singleElement().satisfies(e -> {
			assertThat(e.format()).isEqualTo(ExportFormat.CSV);
			assertThat(e.rowCount()).isEqualTo(2);
			assertThat(e.actor().name()).isNotBlank();
			assertThat(e.actor().kind()).isEqualTo(app.clientele.platform.Actor.Kind.STAFF);
			assertThat(e.filters()).isEqualTo("accountId=" + account + ", archived=false");
		});
	}

	private String create(Map<String, Object> body) {
		Map<String, Object> request = new HashMap<>(body);
		request.put("confirmNotDuplicate", true);
		var created = api.post("/api/v1/accounts/" + account + "/contacts", request);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private static Map<String, Object> fields(Object... namesAndValues) {
		Map<String, Object> fields = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	private String site(String name) {
		return api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", name)).id();
	}

	private static Map<String, String> phone(String type, String number) {
		return Map.of("type", type, "number", number);
	}

	private List<CSVRecord> rows(String filters) throws IOException {
		var csv = api.get("/api/v1/contacts/export.csv?" + filters);
		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv.text().substring(1))).getRecords();
	}

	private static CSVRecord only(List<CSVRecord> rows) {
		assertThat(rows).hasSize(1);
		return rows.getFirst();
	}
}
