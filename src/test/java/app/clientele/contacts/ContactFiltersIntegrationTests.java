package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestLinks;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The filters of contact lists (issue 23), one test each, through the API: an account's list,
 * search and export take them alike, combine them with the search term and page through them.
 */
@IntegrationTest
class ContactFiltersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	String account;
	/** Shared by every contact of the test, so that a search finds exactly them. */
	String last;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = api.post("/api/v1/accounts", Map.of("name", "Filtered " + TestData.suffix())).id();
		last = "Filtro" + TestData.suffix().replaceAll("[0-9]", "x");
	}

	@Test
	void filtersByStage() {
		String lead = create("Lead", "stage", "LEAD");
		String client = create("Client", "stage", "CLIENT", "email", TestData.email("client"));
		create("None");
		assertThat(ids("stage=LEAD")).containsExactly(lead);
		assertThat(ids("stage=client")).containsExactly(client);
		assertThat(ids("stage=LEAD&stage=CLIENT")).containsExactlyInAnyOrder(lead, client);
	}

	@Test
	void filtersByTagAnyOrAll() {
		String both = create("Both", "tags", List.of("vip", "wholesale"));
		String vip = create("Vip", "tags", List.of("vip"));
		create("Untagged");
		assertThat(ids("tag=vip")).containsExactlyInAnyOrder(both, vip);
		assertThat(ids("tag=vip&tag=wholesale")).containsExactlyInAnyOrder(both, vip);
		assertThat(ids("tag=vip&tag=wholesale&tagMode=ALL")).containsExactly(both);
	}

	@Test
	void filtersByPortalStatus() {
		String invited = create("Invited", "email", TestData.email("invited"));
		assertThat(api.post("/api/v1/contacts/" + invited + "/portal/invitations", null).status()).isEqualTo(200);
		String active = activeContact("Active");
		String never = create("Never");
		assertThat(ids("portalStatus=INVITED")).containsExactly(invited);
		assertThat(ids("portalStatus=ACTIVE")).containsExactly(active);
		assertThat(ids("portalStatus=NOT_INVITED")).containsExactly(never);
		assertThat(ids("portalStatus=NOT_INVITED&portalStatus=ACTIVE")).containsExactlyInAnyOrder(never, active);
		assertThat(ids("portalStatus=REVOKED")).isEmpty();
	}

	@Test
	void filtersByAccountClass() {
		String cls = api.post("/api/v1/account-classes", Map.of("name", "Class " + TestData.suffix())).id();
		String classed = api.post("/api/v1/accounts", Map.of("name", "Classed " + TestData.suffix(), "accountClassId", cls)).id();
		String inClass = id(api.post("/api/v1/accounts/" + classed + "/contacts", person("InClass")));
		create("Unclassed");
		assertThat(searchIds("accountClassId=" + cls)).containsExactly(inClass);
		assertThat(ids("accountClassId=" + cls)).isEmpty();
		assertThat(searchIds("accountClassId=" + java.util.UUID.randomUUID())).isEmpty();
	}

	@Test
	void filtersBySite() {
		String site = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "Depot")).id();
		String atSite = create("AtSite", "siteIds", List.of(site));
		create("Elsewhere");
		assertThat(ids("siteId=" + site)).containsExactly(atSite);
	}

	@Test
	void filtersByArchived() {
		String kept = create("Kept");
		String gone = create("Gone");
		assertThat(api.post("/api/v1/contacts/" + gone + "/archive", null).status()).isEqualTo(200);
		assertThat(ids("")).containsExactly(kept);
		assertThat(ids("archived=false")).containsExactly(kept);
		assertThat(ids("archived=true")).containsExactly(gone);
		assertThat(ids("archived=any")).containsExactlyInAnyOrder(kept, gone);
		assertThat(ids("includeArchived=true")).containsExactlyInAnyOrder(kept, gone);
		assertThat(searchIds("archived=true")).containsExactly(gone);
	}

	@Test
	void filtersByHasEmail() {
		String with = create("With", "email", TestData.email("with"));
		String without = create("Without");
		assertThat(ids("hasEmail=true")).containsExactly(with);
		assertThat(ids("hasEmail=false")).containsExactly(without);
	}

	@Test
	void filtersByHasPhone() {
		String with = create("Phoned", "phones", List.of(Map.of("type", "WORK", "number", TestData.phone())));
		String without = create("Unphoned");
		assertThat(ids("hasPhone=true")).containsExactly(with);
		assertThat(ids("hasPhone=false")).containsExactly(without);
	}

	@Test
	void filtersByDoNotEmail() {
		String refused = create("Refuses", "doNotEmail", true);
		String fine = create("Fine");
		assertThat(ids("doNotEmail=true")).containsExactly(refused);
		assertThat(ids("doNotEmail=false")).containsExactly(fine);
	}

	@Test
	void filtersByDoNotCall() {
		String refused = create("NoCalls", "doNotCall", true);
		String fine = create("Calls");
		assertThat(ids("doNotCall=true")).containsExactly(refused);
		assertThat(ids("doNotCall=false")).containsExactly(fine);
	}

	@Test
	void filtersByMarketingOptIn() {
		String in = create("OptedIn", "email", TestData.email("in"), "marketingOptIn", true);
		String out = create("NotOptedIn", "email", TestData.email("out"));
		assertThat(ids("marketingOptIn=true")).containsExactly(in);
		assertThat(ids("marketingOptIn=false")).containsExactly(out);
	}

	@Test
	void filtersByUnsubscribed() {
		String gone = create("Unsubscribed", "email", TestData.email("gone"), "marketingOptIn", true);
		String stays = create("Subscribed", "email", TestData.email("stays"), "marketingOptIn", true);
		jdbc.sql("INSERT INTO marketing_opt_out (contact_id, via) VALUES (CAST(:c AS uuid), 'test')").param("c", gone).update();
		assertThat(ids("unsubscribed=true")).containsExactly(gone);
		assertThat(ids("unsubscribed=false")).containsExactly(stays);
	}

	@Test
	void filtersByCreatedRange() throws InterruptedException {
		String earlier = create("Earlier");
		Instant between = pause();
		String later = create("Later");
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(ids("createdFrom=" + between)).containsExactly(later);
		assertThat(ids("createdTo=" + between)).containsExactly(earlier);
		assertThat(ids("createdFrom=" + today + "&createdTo=" + today)).containsExactlyInAnyOrder(earlier, later);
		assertThat(ids("createdTo=" + LocalDate.now(ZoneOffset.UTC).minusDays(1))).isEmpty();
	}

	@Test
	void filtersByUpdatedRange() throws InterruptedException {
		String changed = create("Changed");
		String unchanged = create("Unchanged");
		Instant between = pause();
		assertThat(api.patch("/api/v1/contacts/" + changed, Map.of("jobTitle", "Buyer")).status()).isEqualTo(200);
		assertThat(ids("updatedFrom=" + between)).containsExactly(changed);
		assertThat(ids("updatedTo=" + between)).containsExactly(unchanged);
	}

	@Test
	void filtersByLastSignInRange() throws InterruptedException {
		String signedIn = activeContact("SignsInLater");
		String once = activeContact("SignedInEarlier");
		create("NeverInvited");
		signIn(once);
		Instant before = pause();
		signIn(signedIn);
		assertThat(ids("lastSignInFrom=" + before)).containsExactly(signedIn);
		assertThat(ids("lastSignInTo=" + before)).containsExactly(once);
		assertThat(ids("lastSignInFrom=" + LocalDate.now(ZoneOffset.UTC) + "&lastSignInTo=" + LocalDate.now(ZoneOffset.UTC)))
				.containsExactlyInAnyOrder(signedIn, once);
	}

	/**
	 * Contacts picked by another module's facts are named by id when few, else checked during a walk
	 * of the name order: both ways find the same page.
	 */
	@Test
	void findsTheSameContactsWhetherTheyAreFewOrMany(@Autowired ContactFilterSql filters) throws InterruptedException {
		String invited = create("Invited", "email", TestData.email("invited"));
		assertThat(api.post("/api/v1/contacts/" + invited + "/portal/invitations", null).status()).isEqualTo(200);
		String signedIn = activeContact("SignedIn");
		Instant before = pause();
		signIn(signedIn);
		String gone = create("Gone", "email", TestData.email("gone"), "marketingOptIn", true);
		jdbc.sql("INSERT INTO marketing_opt_out (contact_id, via) VALUES (CAST(:c AS uuid), 'test')").param("c", gone).update();
		create("Stays");
		ContactSearch walking = new ContactSearch(jdbc, new ContactFilterSql(jdbc, c -> List.of(), 0));
		for (String query : List.of("portalStatus=INVITED", "portalStatus=ACTIVE&portalStatus=INVITED", "unsubscribed=true",
				"lastSignInFrom=" + before)) {
			Map<String, List<String>> params = new HashMap<>();
			for (String pair : query.split("&")) {
				params.computeIfAbsent(pair.substring(0, pair.indexOf('=')), k -> new ArrayList<>()).add(pair.substring(pair.indexOf('=') + 1));
			}
			ContactFilter filter = ContactFilter.of(java.util.UUID.fromString(account), null, params);
			assertThat(ids(query)).as(query).isNotEmpty();
			assertThat(walking.list(filter, app.clientele.platform.PageRequest.first(50)).stream()
					.map(found -> found.item().id().toString()).toList()).as(query).isEqualTo(ids(query));
		}
	}

	@Test
	void refusesBadFilterValuesNamingTheParameter() {
		for (String bad : List.of("stage=CUSTOMER", "portalStatus=GONE", "tagMode=SOME", "archived=maybe",
				"hasEmail=yes", "accountClassId=not-a-uuid", "siteId=123", "createdFrom=yesterday",
				"updatedTo=2026-13-01", "lastSignInFrom=2026-01-01T25:00:00Z", "includeArchived=perhaps",
				"createdFrom=2026-02-01&createdTo=2026-01-31", "archived=true&archived=false")) {
			String param = bad.contains("createdTo") ? "createdTo" : bad.substring(0, bad.indexOf('='));
			for (String path : List.of("/api/v1/contacts?", "/api/v1/accounts/" + account + "/contacts?",
					"/api/v1/contacts/export.csv?")) {
				var refused = api.get(path + bad);
				assertThat(refused.status()).as(path + bad).isEqualTo(400);
				assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
				assertThat(refused.json().get("errors").get(0).get("field").asString()).as(path + bad).isEqualTo(param);
			}
		}
	}

	@Test
	void pagesThroughAFilteredListWithoutRepeatsOrGaps() {
		List<String> leads = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			leads.add(create("Lead" + (char) ('a' + i), "stage", "LEAD"));
			create("Other" + (char) ('a' + i));
		}
		for (String base : List.of("/api/v1/accounts/" + account + "/contacts?stage=LEAD&limit=3",
				"/api/v1/contacts?q=" + last + "&stage=LEAD&limit=3")) {
			List<String> seen = new ArrayList<>();
			String after = null;
			do {
				JsonNode page = api.get(base + (after == null ? "" : "&after=" + Api.q(after))).json();
				seen.addAll(page.get("items").findValuesAsString("id"));
				after = page.get("next") == null || page.get("next").isNull() ? null : page.get("next").asString();
			}
			while (after != null);
			assertThat(seen).as(base).containsExactlyElementsOf(leads);
		}
	}

	@Test
	void combinesFiltersWithTheSearchTermAndEachOther() {
		String match = create("Match", "stage", "LEAD", "doNotCall", true);
		create("Half", "stage", "LEAD");
		String otherAccount = api.post("/api/v1/accounts", Map.of("name", "Other " + TestData.suffix())).id();
		api.post("/api/v1/accounts/" + otherAccount + "/contacts", person("Elsewhere", "stage", "LEAD", "doNotCall", true));
		assertThat(ids("stage=LEAD&doNotCall=true")).containsExactly(match);
		assertThat(searchIds("stage=LEAD&doNotCall=true")).hasSize(2).contains(match);
		assertThat(api.get("/api/v1/contacts?q=Match+" + last + "&stage=LEAD&doNotCall=true").json().get("items")
				.findValuesAsString("id")).containsExactly(match);
	}

	@Test
	void exportTakesTheFilters() {
		create("Exported", "stage", "LEAD");
		create("Left", "stage", "CLIENT", "email", TestData.email("left"));
		var csv = api.get("/api/v1/contacts/export.csv?accountId=" + account + "&stage=LEAD");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text().lines().skip(1)).singleElement().asString().startsWith("Exported,," + last);
	}

	@Test
	void roleThatCannotExportStillCannotWithAFilter() {
		create("Secret", "stage", "LEAD");
		for (Role role : List.of(Role.SALES, Role.MARKETEER)) {
			Api as = new Api(port).as(TestUsers.token(new Api(port), role));
			assertThat(as.get("/api/v1/contacts/export.csv?stage=LEAD&accountId=" + account).status()).as(role.name())
					.isEqualTo(403);
			assertThat(as.get("/api/v1/contacts/export.csv?stage=BOGUS").status()).as(role.name()).isEqualTo(403);
		}
		assertThat(new Api(port).get("/api/v1/contacts?stage=LEAD").status()).isEqualTo(401);
	}

	private static final String PASSWORD = "tulip kettle marathon 7";

	private final Map<String, String> emails = new HashMap<>();

	/** A contact of the account that accepted its portal invitation. */
	private String activeContact(String first) {
		String email = TestData.email(first);
		String id = create(first, "email", email);
		emails.put(id, email);
		assertThat(api.post("/api/v1/contacts/" + id + "/portal/invitations", null).status()).isEqualTo(200);
		var activated = new PortalClient(port).post("/portal/api/activate",
				Map.of("token", TestLinks.portalToken(jdbc, id, "INVITATION"), "password", PASSWORD));
		assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
		return id;
	}

	private void signIn(String contactId) {
		var login = new PortalClient(port).post("/portal/api/login", Map.of("email", emails.get(contactId), "password", PASSWORD));
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
	}

	/** An instant strictly between what was written before and what is written after. */
	private static Instant pause() throws InterruptedException {
		Thread.sleep(20);
		Instant between = Instant.now();
		Thread.sleep(20);
		return between;
	}

	private String create(String first, Object... more) {
		return id(api.post("/api/v1/accounts/" + account + "/contacts", person(first, more)));
	}

	private Map<String, Object> person(String first, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("firstName", first, "lastName", last, "confirmNotDuplicate", true));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		return body;
	}

	private static String id(Api.Response created) {
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	/** The ids of the account's list with the filters of {@code query}, in the list's order. */
	private List<String> ids(String query) {
		var page = api.get("/api/v1/accounts/" + account + "/contacts?limit=200&" + query);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		return page.json().get("items").findValuesAsString("id");
	}

	/** The ids a search for this test's last name finds with the filters of {@code query}. */
	private List<String> searchIds(String query) {
		var page = api.get("/api/v1/contacts?limit=200&q=" + last + "&" + query);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		return page.json().get("items").findValuesAsString("id");
	}
}
