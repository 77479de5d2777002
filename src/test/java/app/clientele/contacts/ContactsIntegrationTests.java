package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.platform.PageRequest;
import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The contact rules of the product, each through the API. */
@IntegrationTest
class ContactsIntegrationTests {

	@LocalServerPort
	int port;

	Api api;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = newAccount();
	}

	String newAccount() {
		return api.post("/api/v1/accounts", Map.of("name", "Acct " + UUID.randomUUID())).id();
	}

	Api.Response create(String accountId, Map<String, Object> body) {
		return api.post("/api/v1/accounts/" + accountId + "/contacts", body);
	}

	static Map<String, Object> person(String first, String last, Object... more) {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", first);
		body.put("lastName", last);
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		return body;
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	JsonNode contact(String id) {
		return api.get("/api/v1/contacts/" + id).json();
	}

	@Test
	void firstContactBecomesPrimary() {
		var first = create(account, person(unique("Ada"), "Lovelace"));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.header("Location")).isEqualTo("/api/v1/contacts/" + first.id());
		assertThat(first.json().get("primary").asBoolean()).isTrue();
		var second = create(account, person(unique("Grace"), "Hopper"));
		assertThat(second.json().get("primary").asBoolean()).isFalse();
	}

	@Test
	void onlyActiveContactCannotDropPrimary() {
		String id = create(account, person(unique("Solo"), "Contact")).id();
		var refused = api.patch("/api/v1/contacts/" + id, Map.of("primary", false));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("/problems/primary-required");
		assertThat(contact(id).get("primary").asBoolean()).isTrue();
	}

	@Test
	void makingAnotherContactPrimaryMovesTheFlag() {
		String first = create(account, person(unique("One"), "First")).id();
		String second = create(account, person(unique("Two"), "Second")).id();
		var made = api.post("/api/v1/contacts/" + second + "/make-primary", null);
		assertThat(made.status()).isEqualTo(200);
		assertThat(made.json().get("primary").asBoolean()).isTrue();
		assertThat(contact(first).get("primary").asBoolean()).isFalse();
	}

	@Test
	void archivingPrimaryPromotesLongestStanding() {
		String first = create(account, person(unique("Old"), "Primary")).id();
		String second = create(account, person(unique("Long"), "Standing")).id();
		String third = create(account, person(unique("New"), "Comer")).id();
		var archived = api.post("/api/v1/contacts/" + first + "/archive", null);
		assertThat(archived.json().get("active").asBoolean()).isFalse();
		assertThat(archived.json().get("archivedAt").isNull()).isFalse();
		assertThat(archived.json().get("primary").asBoolean()).isFalse();
		assertThat(contact(second).get("primary").asBoolean()).isTrue();
		assertThat(contact(third).get("primary").asBoolean()).isFalse();
	}

	@Test
	void deletingPrimaryPromotesLongestStanding() {
		String first = create(account, person(unique("Gone"), "Soon")).id();
		String second = create(account, person(unique("Next"), "InLine")).id();
		assertThat(api.delete("/api/v1/contacts/" + first).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/contacts/" + first).status()).isEqualTo(404);
		assertThat(contact(second).get("primary").asBoolean()).isTrue();
	}

	@Test
	void archivedContactsLeaveListsButStaySearchable() {
		String name = unique("Archie");
		String id = create(account, person(name, "Ved")).id();
		create(account, person(unique("Stay"), "Active"));
		api.post("/api/v1/contacts/" + id + "/archive", null);
		JsonNode active = api.get("/api/v1/accounts/" + account + "/contacts").json().get("items");
		assertThat(active.findValuesAsString("id")).doesNotContain(id);
		JsonNode all = api.get("/api/v1/accounts/" + account + "/contacts?includeArchived=true").json().get("items");
		assertThat(all.findValuesAsString("id")).contains(id);
		assertThat(api.get("/api/v1/contacts?q=" + name).json().get("items")).isEmpty();
		assertThat(api.get("/api/v1/contacts?includeArchived=true&q=" + name).json().get("items").findValuesAsString("id"))
				.containsExactly(id);
		var restored = api.post("/api/v1/contacts/" + id + "/restore", null);
		assertThat(restored.json().get("active").asBoolean()).isTrue();
	}

	@Test
	void sameEmailTwiceUnderOneAccountIsRefused() {
		String email = unique("dup") + "@example.com";
		assertThat(create(account, person(unique("First"), "Holder", "email", email)).status()).isEqualTo(201);
		var again = create(account, person(unique("Other"), "Person", "email", email.toUpperCase(),
				"confirmNotDuplicate", true));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("type").asString()).endsWith("/problems/duplicate-contact");
		assertThat(again.json().get("confirmable").asBoolean()).isFalse();
		assertThat(again.json().get("candidates").get(0).get("reasons").toString()).contains("SAME_EMAIL");
		assertThat(create(newAccount(), person(unique("Third"), "Elsewhere", "email", email, "confirmNotDuplicate", true))
				.status()).isEqualTo(201);
	}

	@Test
	void likelyDuplicateNeedsConfirmation() {
		String elsewhere = newAccount();
		String phone = app.clientele.TestData.phone();
		create(elsewhere, person(unique("Phone"), "Owner", "phones", List.of(Map.of("type", "WORK", "number", "+1 " + phone))));
		var likely = create(account, person(unique("Someone"), "Else", "phones",
				List.of(Map.of("type", "MOBILE", "number", phone))));
		assertThat(likely.status()).isEqualTo(409);
		JsonNode candidate = likely.json().get("candidates").get(0);
		assertThat(candidate.get("accountId").asString()).isEqualTo(elsewhere);
		assertThat(candidate.get("score").asDouble()).isGreaterThanOrEqualTo(0.6);
		assertThat(candidate.get("reasons").toString()).contains("SAME_PHONE");
		assertThat(likely.json().get("confirmable").asBoolean()).isTrue();
		var confirmed = create(account, person(unique("Someone"), "Else", "confirmNotDuplicate", true, "phones",
				List.of(Map.of("type", "MOBILE", "number", phone))));
		assertThat(confirmed.status()).isEqualTo(201);
	}

	@Test
	void similarNameInTheSameAccountIsALikelyDuplicate() {
		String last = unique("Kowalczyk");
		create(account, person("Katarzyna", last));
		var typo = create(account, person("Katarzina", last));
		assertThat(typo.status()).isEqualTo(409);
		assertThat(typo.json().get("candidates").get(0).get("reasons").toString()).contains("SIMILAR_NAME");
	}

	@Test
	void duplicateCheckServesTheAsYouTypeWarning() {
		String email = unique("typing") + "@example.com";
		String id = create(account, person(unique("Tess"), "Typing", "email", email)).id();
		JsonNode candidates = api.get("/api/v1/contacts/duplicates?accountId=" + account + "&email=" + email.toUpperCase())
				.json().get("candidates");
		assertThat(candidates.get(0).get("contactId").asString()).isEqualTo(id);
		assertThat(api.get("/api/v1/contacts/duplicates?firstName=Zzyzx&lastName=" + unique("Qqq")).json().get("candidates"))
				.isEmpty();
	}

	@Test
	void sharedMailboxIsFlagged() {
		var created = create(account, person(unique("Front"), "Desk", "email", "info@" + unique("acme") + ".com"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("warnings").get(0).get("code").asString()).isEqualTo("SHARED_EMAIL");
		var person = create(account, person(unique("Real"), "Person", "email", unique("real") + "@example.com"));
		assertThat(person.json().get("warnings")).isEmpty();
	}

	@Test
	void prospectsAndClientsNeedAnEmail() {
		var refused = create(account, person(unique("No"), "Mail", "stage", "CLIENT"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
		assertThat(create(account, person(unique("Lead"), "Only", "stage", "LEAD")).status()).isEqualTo(201);
	}

	@Test
	void phonesAreNormalisedToE164AndUnreadableOnesNamed() {
		String phone = app.clientele.TestData.phone();
		String uk = "+44 20 7946 " + String.format("%04d", new java.util.Random().nextInt(10_000));
		var created = create(account, person(unique("Phoebe"), "Phones", "confirmNotDuplicate", true, "phones",
				List.of(Map.of("type", "WORK", "number", phone), Map.of("type", "MOBILE", "number", uk))));
		assertThat(created.json().get("phones").get(0).get("e164").asString()).isEqualTo("+1" + phone.replaceAll("\\D", ""));
		assertThat(created.json().get("phones").get(0).get("number").asString()).isEqualTo(phone);
		assertThat(created.json().get("phones").get(1).get("e164").asString()).isEqualTo(uk.replace(" ", ""));
		var bad = create(account, person(unique("Bad"), "Phone", "phones", List.of(Map.of("type", "WORK", "number", "12"))));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("phones[0].number");
	}

	@Test
	void fieldRulesAreCheckedAndNamed() {
		var response = create(account, person("Bad\u0007Name", "", "birthday", "2999-01-01", "email", "not-an-email"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field"))
				.contains("firstName", "lastName", "email", "birthday");
		var enumTypo = create(account, person(unique("Enum"), "Typo", "stage", "CUSTOMER"));
		assertThat(enumTypo.status()).isEqualTo(400);
		assertThat(enumTypo.json().get("errors").get(0).get("field").asString()).isEqualTo("stage");
		assertThat(create(account, person(unique("Unknown"), "Field", "emial", "x@example.com")).status()).isEqualTo(400);
	}

	@Test
	void sitesMustBelongToTheAccount() {
		String other = newAccount();
		String foreignSite = api.post("/api/v1/accounts/" + other + "/sites", Map.of("name", "Elsewhere")).id();
		var refused = create(account, person(unique("Site"), "Hopper", "siteIds", List.of(foreignSite)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("siteIds");
		String ownSite = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "Here")).id();
		var created = create(account, person(unique("Site"), "Local", "siteIds", List.of(ownSite)));
		assertThat(created.json().get("siteIds").get(0).asString()).isEqualTo(ownSite);
	}

	@Test
	void deleteWithHistoryIsRefused() {
		String id = create(account, person(unique("Has"), "History", "tags", List.of(TestHistory.TAG))).id();
		var refused = api.delete("/api/v1/contacts/" + id);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("/problems/contact-has-history");
		assertThat(api.get("/api/v1/contacts/" + id).status()).isEqualTo(200);
	}

	@Test
	void onlyAdminDeletes() {
		String id = create(account, person(unique("Keep"), "Me")).id();
		for (Role role : List.of(Role.MANAGER, Role.SALES, Role.MARKETEER)) {
			Api other = new Api(port).as(TestUsers.token(new Api(port), role));
			assertThat(other.delete("/api/v1/contacts/" + id).status()).isEqualTo(403);
			assertThat(other.post("/api/v1/contacts/bulk-delete", Map.of("ids", List.of(id))).status()).isEqualTo(403);
		}
		assertThat(api.get("/api/v1/contacts/" + id).status()).isEqualTo(200);
	}

	@Test
	void bulkDeleteAnswersPerId() {
		String plain = create(account, person(unique("Bulk"), "Plain")).id();
		String kept = create(account, person(unique("Bulk"), "Kept", "tags", List.of(TestHistory.TAG))).id();
		String missing = UUID.randomUUID().toString();
		var response = api.post("/api/v1/contacts/bulk-delete", Map.of("ids", List.of(plain, kept, missing)));
		assertThat(response.status()).isEqualTo(200);
		JsonNode results = response.json().get("results");
		assertThat(results.get(0).get("status").asString()).isEqualTo("DELETED");
		assertThat(results.get(1).get("status").asString()).isEqualTo("CONTACT_HAS_HISTORY");
		assertThat(results.get(1).get("httpStatus").asInt()).isEqualTo(409);
		assertThat(results.get(2).get("status").asString()).isEqualTo("NOT_FOUND");
		assertThat(api.get("/api/v1/contacts/" + kept).status()).isEqualTo(200);
	}

	@Test
	void moveKeepsHistoryAndDropsForeignSites() {
		String site = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "Old site")).id();
		String moving = create(account, person(unique("Mover"), "Primary", "siteIds", List.of(site))).id();
		String staying = create(account, person(unique("Stayer"), "Behind")).id();
		api.post("/api/v1/contacts/" + moving + "/comments", Map.of("text", "Met at the fair"));
		String target = newAccount();
		var moved = api.post("/api/v1/contacts/" + moving + "/move", Map.of("accountId", target));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().get("accountId").asString()).isEqualTo(target);
		assertThat(moved.json().get("siteIds")).isEmpty();
		assertThat(moved.json().get("primary").asBoolean()).as("first contact of the new account").isTrue();
		assertThat(contact(staying).get("primary").asBoolean()).as("promoted in the old account").isTrue();
		JsonNode timeline = api.get("/api/v1/contacts/" + moving + "/activity").json().get("items");
		assertThat(timeline.findValuesAsString("type")).contains("MOVED", "COMMENT", "CREATED");
	}

	@Test
	void companyFirstRefusesContactsWithoutAnAccount() {
		var refused = api.post("/api/v1/contacts", person(unique("Lone"), "Wolf"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("/problems/company-first");
	}

	@Test
	void searchFindsNamesEmailsPhonesAndAccounts() {
		String accountName = unique("Zürich Ölwerke ");
		String acct = api.post("/api/v1/accounts", Map.of("name", accountName)).id();
		String last = unique("Müller");
		String email = unique("searchable") + "@example.com";
		String phone = app.clientele.TestData.phone();
		String id = create(acct, person("José", last, "email", email, "phones",
				List.of(Map.of("type", "WORK", "number", "+1 " + phone)))).id();
		assertThat(idsFor("jose " + last.toLowerCase().replace("ü", "u"))).contains(id);
		assertThat(idsFor(last.substring(0, 9))).contains(id);
		assertThat(idsFor(email.substring(0, 12).toUpperCase())).contains(id);
		assertThat(idsFor(phone.replace("(", "").replace(") ", "-"))).contains(id);
		assertThat(idsFor("+1" + phone.replaceAll("\\D", ""))).contains(id);
		assertThat(idsFor(accountName.strip().replace("Ö", "O").toLowerCase())).contains(id);
	}

	@Test
	void searchMatchesTheStartOfAnyWordOfTheName() {
		String last = unique("Nuñez-Ortega");
		String apostrophe = unique("O'Brady");
		String id = create(account, person("Ana María", last)).id();
		String other = create(account, person("Seán", apostrophe)).id();
		String word = last.substring(last.indexOf('-') + 1);
		// Each word typed starts a word of the name, in any order, case and accents folded.
		assertThat(idsFor("nunez")).contains(id);
		assertThat(idsFor(word)).containsExactly(id);
		assertThat(idsFor("MARI " + word.substring(0, 10))).containsExactly(id);
		assertThat(idsFor(word + " an")).containsExactly(id);
		// Inside a word is not a start: no match.
		assertThat(idsFor(word.substring(1))).doesNotContain(id);
		assertThat(idsFor("ria " + word)).isEmpty();
		assertThat(idsFor("xyz " + word)).isEmpty();
		// An apostrophe joins a word: "o'brady", "obrady" and "brady" all start one.
		String suffix = apostrophe.substring("O'Brady".length());
		assertThat(idsFor("o'brady" + suffix)).containsExactly(other);
		assertThat(idsFor("obrady" + suffix)).containsExactly(other);
		assertThat(idsFor("sean brady" + suffix)).containsExactly(other);
	}

	@Test
	void searchMatchesTheStartOfAnAccountNameWord() {
		String tag = unique("Quill");
		String acct = api.post("/api/v1/accounts", Map.of("name", "Northwind " + tag + " Traders")).id();
		String id = create(acct, person(unique("Pat"), "Account")).id();
		assertThat(idsFor(tag.toLowerCase() + " trad")).containsExactly(id);
		assertThat(idsFor(tag.substring(2))).doesNotContain(id);
	}

	@Test
	void searchPagesThroughAWordPrefixInNameOrder() {
		String last = unique("Pagewalk");
		List<String> created = new java.util.ArrayList<>();
		for (String first : List.of("Eve", "Ada", "Cy", "Bo", "Di")) {
			created.add(create(account, person(first, last, "confirmNotDuplicate", true)).id());
		}
		JsonNode first = api.get("/api/v1/contacts?limit=3&q=" + Api.q(last.substring(0, 10))).json();
		assertThat(first.get("items").findValuesAsString("firstName")).containsExactly("Ada", "Bo", "Cy");
		JsonNode second = api.get("/api/v1/contacts?limit=3&q=" + Api.q(last.substring(0, 10)) + "&after="
				+ first.get("next").asString()).json();
		assertThat(second.get("items").findValuesAsString("firstName")).containsExactly("Di", "Eve");
		assertThat(second.get("next").isNull()).isTrue();
	}

	@Test
	void searchPagesThroughAPrefixOfManyRareWordsInNameOrder() {
		// More distinct words start with the prefix than are merged one by one (as "mac" starts
		// thousands of rare surnames): the rows of the prefix are sorted instead of the name order
		// walked. A name with two such words is listed once.
		String prefix = "Zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcd").substring(0, 4);
		record Person(String id, String first, String last) {
		}
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < ContactSearch.MERGED_WORDS + 10; i++) {
			String last = prefix + (char) ('a' + i / 26) + (char) ('a' + i % 26);
			String first = List.of("Ann", "Bo", "Cy").get(i % 3);
			people.add(new Person(create(account, person(first, last, "confirmNotDuplicate", true)).id(), first, last));
		}
		// First in name order, so that listing it twice would cost the first page a row.
		people.add(new Person(create(account, person(prefix + "zz", prefix + "a", "confirmNotDuplicate", true)).id(),
				prefix + "zz", prefix + "a"));
		List<String> expected = people.stream()
				.sorted(Comparator.comparing((Person p) -> p.last().toLowerCase(Locale.ROOT))
						.thenComparing(p -> p.first().toLowerCase(Locale.ROOT)))
				.map(Person::id).toList();

		List<String> found = new ArrayList<>();
		String after = null;
		do {
			JsonNode page = api.get("/api/v1/contacts?limit=50&q=" + Api.q(prefix.toLowerCase())
					+ (after == null ? "" : "&after=" + after)).json();
			found.addAll(page.get("items").findValuesAsString("id"));
			after = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (after != null);
		assertThat(found).containsExactlyElementsOf(expected);

		// Another word typed narrows the same rows.
		JsonNode bo = api.get("/api/v1/contacts?limit=50&q=" + Api.q("bo " + prefix)).json();
		assertThat(bo.get("items").findValuesAsString("id")).containsExactlyElementsOf(
				people.stream().filter(p -> p.first().equals("Bo")).map(Person::id)
						.filter(expected::contains).sorted(Comparator.comparing(expected::indexOf)).toList());
	}

	@Test
	void searchFindsTheSamePageWhicheverWayItReadsTheNames(@Autowired JdbcClient jdbc, @Autowired ContactFilterSql filters) {
		// Past 100 words of a prefix the search sorts the rows of the first typed word that has
		// few enough of them, or walks the name order. Whichever it does, the page is the same:
		// a limit of 0 always walks, 1,000,000 always sorts the first word's rows, and 50 sorts
		// the rows of the second word typed (38 of them) because the first has 110.
		String prefix = "Zw" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcd").substring(0, 4);
		String rare = "Yv" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcd").substring(0, 4);
		List<String> rareOnes = new ArrayList<>();
		for (int i = 0; i < ContactSearch.MERGED_WORDS + 10; i++) {
			String last = prefix + (char) ('a' + i / 26) + (char) ('a' + i % 26);
			String id = create(account, person(i % 3 == 0 ? rare + "a" : "Ann", last, "confirmNotDuplicate", true)).id();
			if (i % 3 == 0) {
				rareOnes.add(id);
			}
		}
		// Named like them, but no word of the name starts with the prefix: read, checked, left out.
		create(account, person(rare + "a", "Elsewhere", "confirmNotDuplicate", true));
		for (String q : List.of(prefix, prefix + " " + rare, prefix + " ann", prefix.substring(0, 3) + " " + rare)) {
			List<List<UUID>> pages = java.util.stream.IntStream.of(0, 50, 1_000_000)
					.mapToObj(limit -> new ContactSearch(jdbc, filters, limit).search(q, ContactFilter.of(null, q, false), () -> "US", PageRequest.first(50))
							.stream().map(found -> found.item().id()).toList())
					.toList();
			assertThat(pages.get(0)).as(q).isNotEmpty();
			assertThat(pages).as(q).allSatisfy(page -> assertThat(page).isEqualTo(pages.get(0)));
		}
		assertThat(new ContactSearch(jdbc, filters, 50).search(prefix + " " + rare, ContactFilter.of(null, null, false), () -> "US", PageRequest.first(50))
				.stream().map(found -> found.item().id().toString()).toList()).isEqualTo(rareOnes);
	}

	@Test
	void sameNameInAnotherAccountIsAHintNotABlock() {
		String last = unique("Lindqvist");
		String elsewhere = create(newAccount(), person("Ingrid", last)).id();
		JsonNode candidates = api.get("/api/v1/contacts/duplicates?accountId=" + account + "&firstName=INGRID&lastName="
				+ last.toLowerCase()).json().get("candidates");
		assertThat(candidates.get(0).get("contactId").asString()).isEqualTo(elsewhere);
		assertThat(candidates.get(0).get("score").asDouble()).isEqualTo(0.5);
		assertThat(candidates.get(0).get("reasons").toString()).contains("SIMILAR_NAME");
		// A misspelt name elsewhere is no evidence (within the same account it would be).
		assertThat(api.get("/api/v1/contacts/duplicates?accountId=" + account + "&firstName=Ingrid&lastName="
				+ last.replace("qvist", "kvist")).json().get("candidates").findValuesAsString("contactId"))
				.doesNotContain(elsewhere);
		assertThat(create(account, person("Ingrid", last)).status()).isEqualTo(201);
	}

	@Test
	void contactsPageByName() {
		for (int i = 0; i < 5; i++) {
			create(account, person("P" + i, "Pager" + i, "confirmNotDuplicate", true));
		}
		JsonNode first = api.get("/api/v1/accounts/" + account + "/contacts?limit=3").json();
		assertThat(first.get("items")).hasSize(3);
		JsonNode second = api.get("/api/v1/accounts/" + account + "/contacts?limit=3&after=" + first.get("next").asString()).json();
		assertThat(second.get("items")).hasSize(2);
		assertThat(second.get("next").isNull()).isTrue();
	}

	List<String> idsFor(String q) {
		return api.get("/api/v1/contacts?q=" + Api.q(q)).json().get("items").findValuesAsString("id");
	}
}
