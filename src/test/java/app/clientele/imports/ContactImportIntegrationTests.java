package app.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Importing contacts through the API: real files, the contact rules per row, the outcome of each row. */
@IntegrationTest
class ContactImportIntegrationTests {

	@LocalServerPort
	int port;

	Api api;
	TestImports imports;
	String account;
	String number;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		imports = new TestImports(api);
		number = "IM-" + TestData.suffix();
		account = api.post("/api/v1/accounts", Map.of("name", "Import " + number, "number", number)).id();
	}

	@Test
	void readsAMessyFileBomSemicolonsQuotedLineBreaksAndReportsEachBadRowByField() {
		String ada = TestData.email("ada");
		String mobile = TestData.phone();
		String csv = "E-mail;First name;Last name;Mobile;Account number;Notes\r\n"
				+ ada + ";Zoë;Ångström;" + mobile + ";" + number + ";\"first line\nsecond; line\"\r\n"
				+ TestData.email("bad") + ";Bad;Phone;12;" + number + ";\r\n"
				+ "\r\n"
				+ TestData.email("nolast") + ";;;;" + number + ";\r\n";
		JsonNode done = imports.run("messy.csv", TestImports.bytes(csv, StandardCharsets.UTF_8, true));
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("rowsTotal").asInt()).isEqualTo(3);
		assertThat(done.get("created").asInt()).isEqualTo(1);
		assertThat(done.get("failed").asInt()).isEqualTo(2);
		assertThat(problems(done)).contains("2 phone.MOBILE", "3 firstName", "3 lastName");
		JsonNode contact = onlyContact();
		assertThat(contact.get("firstName").asString()).isEqualTo("Zoë");
		assertThat(contact.get("lastName").asString()).isEqualTo("Ångström");
		assertThat(contact.get("notes").asString()).isEqualTo("first line\nsecond; line");
		assertThat(contact.get("phones").get(0).get("type").asString()).isEqualTo("MOBILE");
	}

	@Test
	void detectsAWindows1252FileAndReadsItsAccentsRight() {
		String csv = "firstName,lastName,email,accountNumber\r\nRené,Müller," + TestData.email("rene") + "," + number + "\r\n";
		JsonNode done = imports.run("latin.csv", csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		assertThat(done.get("created").asInt()).as(done.toString()).isEqualTo(1);
		assertThat(onlyContact().get("lastName").asString()).isEqualTo("Müller");
	}

	@Test
	void readsTabSeparatedFilesAndVCards() {
		String tsv = "firstName\tlastName\taccountNumber\r\nTab\tSeparated\t" + number + "\r\n";
		assertThat(imports.run(tsv).get("created").asInt()).isEqualTo(1);
		String vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Card;Vera;;;\r\nFN:Vera Card\r\nEMAIL;TYPE=INTERNET:"
				+ TestData.email("vera") + "\r\nORG:Cards " + number + "\r\nTEL;TYPE=CELL:" + TestData.phone() + "\r\nCATEGORIES:vip,north\r\nEND:VCARD\r\n"
				+ "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Walt Four\r\nORG:Cards " + number + "\r\nN:Four;Walt;;;\r\nEND:VCARD\r\n";
		JsonNode cards = imports.run("cards.vcf", vcf.getBytes(StandardCharsets.UTF_8), "createMissingAccounts", "true");
		assertThat(cards.get("created").asInt()).as(cards.toString()).isEqualTo(2);
	}

	@Test
	void aDryRunChecksEveryRowWithTheCreateRulesAndChangesNothing() {
		String csv = "firstName,lastName,email,stage,accountNumber\r\n"
				+ "Dry,Run," + TestData.email("dry") + ",CLIENT," + number + "\r\n"
				+ "No,Email,,CLIENT," + number + "\r\n";
		JsonNode done = imports.run(csv, "dryRun", "true", "sendWelcomeEmails", "false");
		assertThat(done.get("dryRun").asBoolean()).isTrue();
		assertThat(done.get("created").asInt()).isEqualTo(1);
		assertThat(done.get("welcomeEmails").asInt()).isEqualTo(1);
		assertThat(problems(done)).containsExactly("2 email");
		assertThat(contacts()).isEmpty();
	}

	@Test
	void duplicatesAreSkippedByDefaultAndListedWithTheCreateRulesReasons() {
		String email = TestData.email("dup");
		String existing = createContact("Dora", "Duplicate", email);
		JsonNode done = imports.run("firstName,lastName,email,accountNumber\r\nDora,Duplicate," + email + "," + number + "\r\n");
		assertThat(done.get("skipped").asInt()).isEqualTo(1);
		assertThat(done.get("duplicates").get(0).get("contactId").asString()).isEqualTo(existing);
		assertThat(done.get("duplicates").get(0).get("reasons").toString()).contains("SAME_EMAIL");
		assertThat(contacts()).hasSize(1);
	}

	@Test
	void aSecondEmailColumnFillsTheSecondEmailAndIsCheckedAsOne() {
		String first = TestData.email("first");
		String second = TestData.email("second");
		JsonNode done = imports.run("firstName,lastName,email,Email 2,accountNumber\r\n"
				+ "Sec,Ond," + first + "," + second + "," + number + "\r\n"
				+ "Same,Twice," + second + "," + second.toUpperCase() + "," + number + "\r\n");
		assertThat(done.get("created").asInt()).as(done.toString()).isEqualTo(1);
		assertThat(problems(done)).containsExactly("2 secondEmail");
		JsonNode contact = onlyContact();
		assertThat(contact.get("secondEmail").asString()).isEqualTo(second);
		assertThat(contact.get("notes").isNull()).isTrue();
	}

	@Test
	void updateFillsOnlyEmptyFieldsAndNeverLiftsAnOptOut() {
		String email = TestData.email("upd");
		String id = createContact("Una", "Update", email);
		api.patch("/api/v1/contacts/" + id, Map.of("jobTitle", "Owner", "doNotEmail", true));
		JsonNode done = imports.run("firstName,lastName,email,jobTitle,notes,doNotEmail,accountNumber\r\n"
				+ "Una,Update," + email + ",Buyer,From the file,no," + number + "\r\n", "onDuplicate", "UPDATE");
		assertThat(done.get("updated").asInt()).as(done.toString()).isEqualTo(1);
		JsonNode contact = api.get("/api/v1/contacts/" + id).json();
		assertThat(contact.get("jobTitle").asString()).isEqualTo("Owner");
		assertThat(contact.get("notes").asString()).isEqualTo("From the file");
		assertThat(contact.get("doNotEmail").asBoolean()).isTrue();
	}

	@Test
	void updateOverwriteReplacesTheFieldsTheRowHas() {
		String email = TestData.email("over");
		String id = createContact("Otto", "Overwrite", email);
		api.patch("/api/v1/contacts/" + id, Map.of("jobTitle", "Owner"));
		imports.run("email,firstName,lastName,jobTitle,accountNumber\r\n" + email + ",Otto,Overwrite,Buyer," + number
				+ "\r\n", "onDuplicate", "UPDATE", "updateMode", "OVERWRITE");
		assertThat(api.get("/api/v1/contacts/" + id).json().get("jobTitle").asString()).isEqualTo("Buyer");
	}

	@Test
	void createMakesLikelyDuplicatesAsAConfirmedCreateWouldButNeverTheSameEmailInTheSameAccount() {
		String email = TestData.email("same");
		createContact("Carl", "Create", email);
		JsonNode done = imports.run("firstName,lastName,email,accountNumber\r\n"
				+ "Carl,Create," + TestData.email("other") + "," + number + "\r\n"
				+ "Carla,Create," + email + "," + number + "\r\n", "onDuplicate", "CREATE");
		assertThat(done.get("created").asInt()).isEqualTo(1);
		assertThat(problems(done)).containsExactly("2 email");
		assertThat(contacts()).hasSize(2);
	}

	@Test
	void primaryContactRuleHoldsAfterEveryImportedRow() {
		imports.run("firstName,lastName,accountNumber\r\nFirst,Row," + number + "\r\nSecond,Row," + number + "\r\n");
		List<JsonNode> all = contacts();
		assertThat(all).hasSize(2);
		assertThat(all.stream().filter(c -> c.get("primary").asBoolean()).count()).isEqualTo(1);
	}

	@Test
	void findsAccountsByNumberOrNameAndCreatesMissingOnesOnlyWhenAsked() {
		String name = "Import " + number;
		String fresh = "Fresh " + TestData.suffix();
		String csv = "firstName,lastName,accountName\r\nBy,Name," + name + "\r\nNew,Account," + fresh + "\r\n";
		JsonNode refused = imports.run(csv);
		assertThat(refused.get("created").asInt()).isEqualTo(1);
		assertThat(problems(refused)).containsExactly("2 accountName");
		JsonNode created = imports.run(csv.replace("By,Name", "By,Again"), "createMissingAccounts", "true");
		assertThat(created.get("created").asInt()).as(created.toString()).isEqualTo(2);
		assertThat(api.get("/api/v1/accounts?q=" + Api.q(fresh)).json().get("items")).hasSize(1);
	}

	@Test
	void theProblemFileHoldsTheFailedRowsAsUploadedWithAnErrorColumn() {
		JsonNode done = imports.run("firstName,lastName,phone.WORK,accountNumber\r\nGood,Row,," + number
				+ "\r\nBad,Phone,=1+2," + number + "\r\n");
		Api.Response file = api.get("/api/v1/imports/" + done.get("id").asString() + "/problems.csv");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.header("Content-Type")).startsWith("text/csv");
		assertThat(file.text().lines().toList()).hasSize(2);
		assertThat(file.text().lines().toList().get(0)).isEqualTo("\uFEFFfirstName,lastName,phone.WORK,accountNumber,error");
		assertThat(file.text().lines().toList().get(1)).startsWith("Bad,Phone,'=1+2," + number + ",phone.WORK: ");
	}

	@Test
	void undoRemovesTheCreatedContactsAndPutsBackUpdatedFieldsNobodyChangedSince() {
		String email = TestData.email("back");
		String existing = createContact("Bea", "Back", email);
		JsonNode done = imports.run("firstName,lastName,email,jobTitle,notes,accountNumber\r\n"
				+ "Bea,Back," + email + ",Buyer,Imported," + number + "\r\n"
				+ "New,Person,,,," + number + "\r\n"
				+ "Kept,Person,,,," + number + "\r\n", "onDuplicate", "UPDATE");
		assertThat(done.get("created").asInt()).isEqualTo(2);
		String kept = contacts().stream().filter(c -> c.get("firstName").asString().equals("Kept")).findFirst()
				.orElseThrow().get("id").asString();
		api.patch("/api/v1/contacts/" + kept, Map.of("jobTitle", "Touched"));
		api.patch("/api/v1/contacts/" + existing, Map.of("notes", "Staff wrote this"));
		Api.Response undo = api.post("/api/v1/imports/" + done.get("id").asString() + "/undo", null);
		assertThat(undo.status()).as(undo.toString()).isEqualTo(202);
		JsonNode undone = imports.undone(done.get("id").asString());
		assertThat(contacts()).extracting(c -> c.get("firstName").asString()).containsExactlyInAnyOrder("Bea", "Kept");
		JsonNode bea = api.get("/api/v1/contacts/" + existing).json();
		assertThat(bea.get("jobTitle").isNull()).isTrue();
		assertThat(bea.get("notes").asString()).isEqualTo("Staff wrote this");
		assertThat(undone.get("notUndone").toString()).contains("notes", "changed after the import");
		assertThat(api.post("/api/v1/imports/" + done.get("id").asString() + "/undo", null).status()).isEqualTo(409);
	}

	@Test
	void undoKeepsACreatedContactThatGainedHistorySinceEvenWithoutAnEdit() {
		JsonNode done = imports.run("firstName,lastName,accountNumber\r\nCommented,Person," + number + "\r\nPlain,Person,"
				+ number + "\r\n");
		String commented = contacts().stream().filter(c -> c.get("firstName").asString().equals("Commented")).findFirst()
				.orElseThrow().get("id").asString();
		assertThat(api.post("/api/v1/contacts/" + commented + "/comments", Map.of("text", "Called her")).status())
				.isEqualTo(201);
		api.post("/api/v1/imports/" + done.get("id").asString() + "/undo", null);
		JsonNode undone = imports.undone(done.get("id").asString());
		assertThat(contacts()).extracting(c -> c.get("firstName").asString()).containsExactly("Commented");
		assertThat(undone.get("notUndone").toString()).contains("history");
	}

	@Test
	void aDryRunCannotBeUndone() {
		JsonNode done = imports.run("firstName,lastName,accountNumber\r\nDry,Undo," + number + "\r\n", "dryRun", "true");
		Api.Response undo = api.post("/api/v1/imports/" + done.get("id").asString() + "/undo", null);
		assertThat(undo.status()).isEqualTo(409);
		assertThat(undo.json().get("type").asString()).endsWith("import-not-undoable");
	}

	@Test
	void importsAreListedNewestFirst() {
		JsonNode first = imports.run("firstName,lastName,accountNumber\r\nList,One," + number + "\r\n");
		JsonNode second = imports.run("firstName,lastName,accountNumber\r\nList,Two," + number + "\r\n");
		JsonNode items = api.get("/api/v1/imports?limit=2").json().get("items");
		assertThat(items.get(0).get("id").asString()).isEqualTo(second.get("id").asString());
		assertThat(items.get(1).get("id").asString()).isEqualTo(first.get("id").asString());
	}

	@Test
	void onlyAdminsAndManagersImport() {
		for (Role role : List.of(Role.SALES, Role.MARKETEER)) {
			Api other = new Api(port).as(TestUsers.token(new Api(port), role));
			assertThat(new TestImports(other).start("x.csv", "firstName\r\nA\r\n".getBytes(StandardCharsets.UTF_8)).status())
					.isEqualTo(403);
			assertThat(other.get("/api/v1/imports").status()).isEqualTo(403);
		}
		Api manager = new Api(port).as(TestUsers.token(new Api(port), Role.MANAGER));
		assertThat(new TestImports(manager).run("firstName,lastName,accountNumber\r\nBy,Manager," + number + "\r\n")
				.get("created").asInt()).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		byte[] csv = "firstName,lastName\r\nA,B\r\n".getBytes(StandardCharsets.UTF_8);
		assertRefused(imports.start("x.csv", csv, "mapping", "{not json"), "mapping");
		assertRefused(imports.start("x.csv", csv, "mapping", "{\"firstName\":\"shoeSize\"}"), "mapping");
		assertRefused(imports.start("x.csv", csv, "mapping", "{\"firstName\":\"email\",\"lastName\":\"email\"}"), "mapping");
		assertRefused(imports.start("x.csv", csv, "encoding", "klingon"), "encoding");
		assertRefused(imports.start("x.csv", csv, "onDuplicate", "MAYBE"), "onDuplicate");
		assertRefused(imports.start("x.csv", new byte[0]), "file");
		assertRefused(imports.start("x.csv", "a,\"b\r\n1,2".getBytes(StandardCharsets.UTF_8)), "file");
		assertRefused(imports.start("x.csv", "firstName,lastName\r\n".getBytes(StandardCharsets.UTF_8)), "file");
		assertThat(api.get("/api/v1/imports/not-an-id").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/imports/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/imports?limit=0").status()).isEqualTo(400);
	}

	@Test
	void anExportReimportsUnchanged() {
		Api.Response created = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Ex",
				"lastName", "Port", "email", TestData.email("export"), "jobTitle", "=SUM(A1)", "tags",
				List.of("vip", "a;b"), "phones", List.of(Map.of("type", "MOBILE", "number", TestData.phone()))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String before = api.get("/api/v1/contacts/export.csv?accountId=" + account).text();
		JsonNode done = imports.run("export.csv", before.getBytes(StandardCharsets.UTF_8), "onDuplicate", "UPDATE",
				"updateMode", "OVERWRITE");
		assertThat(done.get("failed").asInt()).as(done.toString()).isZero();
		assertThat(done.get("updated").asInt()).as(done.toString()).isEqualTo(1);
		assertThat(api.get("/api/v1/contacts/export.csv?accountId=" + account).text()).isEqualTo(before);
	}

	@Test
	void aSavedMappingIsListedAndAppliesToTheNextFile() {
		String name = "Old CRM " + TestData.suffix();
		Api.Response saved = api.post("/api/v1/imports/mappings", Map.of("name", name,
				"mapping", Map.of("Vorname", "firstName", "Familienname", "lastName", "Kunde", "accountNumber")));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
		assertThat(api.get("/api/v1/imports/mappings").json().get("items").toString()).contains(name);
		assertRefused(api.post("/api/v1/imports/mappings", Map.of("name", "x", "mapping", Map.of("A", "shoeSize"))),
				"mapping");
		String mapping = saved.json().get("mapping").toString();
		JsonNode done = imports.run("Vorname,Familienname,Kunde\r\nGerda,Gespeichert," + number + "\r\n", "mapping", mapping);
		assertThat(done.get("created").asInt()).as(done.toString()).isEqualTo(1);
		assertThat(api.delete("/api/v1/imports/mappings/" + saved.id()).status()).isEqualTo(204);
		assertThat(api.delete("/api/v1/imports/mappings/" + saved.id()).status()).isEqualTo(404);
	}

	@Test
	void welcomeEmailsAndPortalInvitationsAreOffDuringAnImportUnlessTurnedOn() {
		String cls = api.post("/api/v1/account-classes", Map.of("name", "Auto " + TestData.suffix(),
				"autoSendPortalInvite", true)).id();
		String auto = "AU-" + TestData.suffix();
		api.post("/api/v1/accounts", Map.of("name", "Auto " + auto, "number", auto, "accountClassId", cls));
		String quiet = TestData.email("quiet");
		String loud = TestData.email("loud");
		String welcomed = TestData.email("welcomed");
		JsonNode off = imports.run("firstName,lastName,email,accountNumber\r\nQuiet,Import," + quiet + "," + auto + "\r\n");
		assertThat(off.get("welcomeEmails").asInt()).as("none sent").isZero();
		JsonNode on = imports.run("firstName,lastName,email,accountNumber\r\nLoud,Import," + loud + "," + auto
				+ "\r\nWelcomed,Import," + welcomed + "," + number + "\r\n", "sendWelcomeEmails", "true");
		assertThat(on.get("created").asInt()).isEqualTo(2);
		assertThat(contactByEmail(quiet).get("portalStatus").asString()).isEqualTo("NOT_INVITED");
		assertThat(emailsOf(contactByEmail(quiet))).isZero();
		assertThat(contactByEmail(loud).get("portalStatus").asString()).isEqualTo("INVITED");
		assertThat(emailsOf(contactByEmail(welcomed))).isEqualTo(1);
	}

	private JsonNode contactByEmail(String email) {
		JsonNode items = api.get("/api/v1/contacts?q=" + Api.q(email)).json().get("items");
		assertThat(items).hasSize(1);
		return api.get("/api/v1/contacts/" + items.get(0).get("id").asString()).json();
	}

	private int emailsOf(JsonNode contact) {
		return api.get("/api/v1/contacts/" + contact.get("id").asString() + "/emails").json().get("items").size();
	}

	private void assertRefused(Api.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.text()).contains("\"" + field + "\"");
	}

	private String createContact(String first, String last, String email) {
		return api.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", first, "lastName", last, "email", email)).id();
	}

	private List<JsonNode> contacts() {
		List<JsonNode> all = new java.util.ArrayList<>();
		api.get("/api/v1/accounts/" + account + "/contacts?limit=100").json().get("items").forEach(all::add);
		return all;
	}

	private JsonNode onlyContact() {
		List<JsonNode> all = contacts();
		assertThat(all).hasSize(1);
		return all.getFirst();
	}

	/** "row field" of each problem. */
	private static List<String> problems(JsonNode done) {
		List<String> problems = new java.util.ArrayList<>();
		done.get("errors").forEach(e -> problems.add(e.get("row").asInt() + " " + e.get("field").asString()));
		return problems;
	}
}
