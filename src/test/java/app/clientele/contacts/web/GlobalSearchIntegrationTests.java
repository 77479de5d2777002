package app.clientele.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The header's search: suggestions as staff type, and the results page its form opens. */
@IntegrationTest
class GlobalSearchIntegrationTests {

	@LocalServerPort
	int port;

	record Found(String word, String account, String contact) {
	}

	/** An account and a contact in it, both found by one made-up word. */
	private Found found(Api admin) {
		String word = "Zephyr" + TestData.suffix().replaceAll("[^A-Za-z0-9]", "");
		String account = admin.post("/api/v1/accounts", Map.of("name", word + " Traders")).id();
		String contact = admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Quill",
				"lastName", word, "email", TestData.email("quill"), "confirmNotDuplicate", true)).id();
		return new Found(word, account, contact);
	}

	@Test
	void suggestsContactsAndAccountsToEveryRole() {
		Api admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		Found found = found(admin);
		for (Role role : Role.values()) {
			var suggestions = console(role).get("/search/suggestions?q=" + Api.q(found.word().toLowerCase()));
			assertThat(suggestions.statusCode()).as(role.name()).isEqualTo(200);
			assertThat(suggestions.body()).as(role.name()).contains("role=\"option\"")
					.contains("href=\"/contacts/" + found.contact() + "\"").contains("href=\"/accounts/" + found.account() + "\"")
					.contains("See all results for").doesNotContain("<html");
		}
	}

	@Test
	void theResultsPageListsTheContactsAndTheAccounts() {
		Api admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		Found found = found(admin);
		var page = console(Role.MARKETEER).get("/search?q=" + Api.q(found.word()));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Results for &quot;" + found.word() + "&quot;")
				.contains("href=\"/contacts/" + found.contact() + "\"").contains("href=\"/accounts/" + found.account() + "\"");
	}

	@Test
	void leavesArchivedContactsOutAsTheContactsPageDoes() {
		Api admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		Found found = found(admin);
		assertThat(admin.post("/api/v1/contacts/" + found.contact() + "/archive", null).status()).isEqualTo(200);
		Console console = console(Role.SALES);
		assertThat(console.get("/search/suggestions?q=" + found.word()).body())
				.doesNotContain("/contacts/" + found.contact()).contains("/accounts/" + found.account());
		assertThat(console.get("/search?q=" + found.word()).body()).doesNotContain("/contacts/" + found.contact());
		assertThat(console.get("/contacts?q=" + found.word()).body()).doesNotContain("/contacts/" + found.contact());
	}

	@Test
	void suggestsNothingForAnEmptyBox() {
		var suggestions = console(Role.SALES).get("/search/suggestions?q=");
		assertThat(suggestions.statusCode()).isEqualTo(200);
		assertThat(suggestions.body()).doesNotContain("role=\"option\"");
	}

	@Test
	void refusesABadQueryWith400() {
		Console console = console(Role.MANAGER);
		for (String path : new String[] { "/search/suggestions?q=%00", "/search/suggestions?q=%E9", "/search?q=%C3%28",
				"/search/suggestions?q=" + "a".repeat(SearchController.MAX_QUERY + 1), "/search?q=" + "b".repeat(5000) }) {
			assertThat(console.get(path).statusCode()).as(path.substring(0, Math.min(path.length(), 40))).isEqualTo(400);
		}
		assertThat(console.get("/search/suggestions?q=%25%5F%5C'%22%3C").statusCode()).as("LIKE and HTML characters")
				.isEqualTo(200);
	}

	@Test
	void sendsStrangersToTheSignInPage() {
		var answer = Console.anonymous(port).get("/search/suggestions?q=a");
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	private Console console(Role role) {
		TestUsers.token(new Api(port), role);
		return role == Role.ADMIN ? Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD)
				: Console.signIn(port, role.name().toLowerCase() + "@staff.example.com", TestUsers.PASSWORD);
	}
}
