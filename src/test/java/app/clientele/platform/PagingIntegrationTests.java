package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.platform.Names.Person;
import app.clientele.staff.Role;
import net.jqwik.api.Arbitraries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Paging never repeats or skips: for generated names (see {@link Names}) and a small limit,
 * walking every page of each keyset-paged list yields each row exactly once, in the order the
 * database sorts the list by. The generated cases are jqwik's, sampled once per try; the data of
 * a try is created once and walked.
 */
@IntegrationTest
class PagingIntegrationTests {

	static final int TRIES = 10;

	static final String NAME_ORDER = "ORDER BY lower(last_name), lower(first_name), id";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api admin;

	@BeforeEach
	void signIn() {
		admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
	}

	@Test
	void accountsPageEachOnceInNameOrder() {
		for (List<Person> people : tries()) {
			String tag = "pg" + TestData.suffix();
			List<String> ids = people.stream().map(p -> admin.post("/api/v1/accounts",
					Map.of("name", p.first() + " " + p.last() + " " + tag)).id()).toList();
			assertWalk("/api/v1/accounts?q=" + tag, "SELECT id::text FROM account WHERE id::text IN (:ids) ORDER BY lower(name), id",
					ids, people);
		}
	}

	@Test
	void sitesPageEachOnceInNameOrder() {
		for (List<Person> people : tries()) {
			String account = account();
			List<String> ids = people.stream().map(p -> admin.post("/api/v1/accounts/" + account + "/sites",
					Map.of("name", p.first() + " " + p.last())).id()).toList();
			assertWalk("/api/v1/accounts/" + account + "/sites",
					"SELECT id::text FROM site WHERE id::text IN (:ids) ORDER BY lower(name), id", ids, people);
		}
	}

	@Test
	void contactsOfAnAccountPageEachOnceInNameOrder() {
		for (List<Person> people : tries()) {
			String account = account();
			assertWalk("/api/v1/accounts/" + account + "/contacts", contactOrder(), contacts(account, people), people);
		}
	}

	@Test
	void contactSearchPagesEachOnceInNameOrder() {
		for (List<Person> people : tries()) {
			String tag = "pg" + TestData.suffix();
			String account = admin.post("/api/v1/accounts", Map.of("name", "Paging " + tag)).id();
			assertWalk("/api/v1/contacts?q=" + tag, contactOrder(), contacts(account, people), people);
		}
	}

	@Test
	void marketingListMembersPageEachOnceInNameOrder() {
		Api sales = new Api(port).as(TestUsers.token(new Api(port), Role.SALES));
		for (List<Person> people : tries()) {
			List<String> ids = contacts(account(), people);
			String list = admin.post("/api/v1/marketing-lists", Map.of("name", "Paging " + TestData.suffix())).id();
			assertThat(sales.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", ids)).status())
					.isEqualTo(200);
			assertWalk("/api/v1/marketing-lists/" + list + "/members", contactOrder(), ids, people);
		}
	}

	@Test
	void marketingListsPageEachOnceInNameOrder() {
		for (List<Person> people : tries()) {
			people.forEach(p -> admin.post("/api/v1/marketing-lists", Map.of("name", p.first() + " " + p.last() + " "
					+ TestData.suffix())));
			assertWalk("/api/v1/marketing-lists", "SELECT id::text FROM marketing_list ORDER BY lower(name), id", null, people);
		}
	}

	@Test
	void staffPageEachOnceInEmailOrder() {
		for (List<Person> people : tries().subList(0, 3)) {
			for (Person p : people.subList(0, 2)) {
				String local = (p.first() + "." + p.last()).replaceAll("[^A-Za-z]", "");
				admin.post("/api/v1/staff", Map.of("email", (local.isEmpty() ? "x" : local) + TestData.suffix() + "@Example.com",
						"name", p.first(), "roles", List.of("SALES"), "password", TestUsers.PASSWORD));
			}
			assertWalk("/api/v1/staff", "SELECT id::text FROM staff ORDER BY lower(email), id", null, people);
		}
	}

	@Test
	void activityPagesEachOnceNewestFirst() {
		for (List<Person> people : tries()) {
			// Without an email: no welcome email whose delivery adds an entry while the walk runs.
			String contact = admin.post("/api/v1/accounts/" + account() + "/contacts", Map.of("firstName", "Pat",
					"lastName", people.getFirst().last(), "confirmNotDuplicate", true)).id();
			people.forEach(p -> admin.post("/api/v1/contacts/" + contact + "/comments", Map.of("text", p.first())));
			assertWalk("/api/v1/contacts/" + contact + "/activity", "SELECT id::text FROM activity_entry WHERE contact_id = '"
					+ contact + "' ORDER BY at DESC, id DESC", null, people);
		}
	}

	@Test
	void documentsPageEachOnceNewestFirst() {
		for (List<Person> people : tries()) {
			String account = account();
			List<String> ids = people.stream().map(p -> admin.post("/api/v1/accounts/" + account + "/documents",
					Map.of("type", "INVOICE", "number", "P-" + TestData.suffix(), "title", p.last())).id()).toList();
			assertWalk("/api/v1/accounts/" + account + "/documents",
					"SELECT id::text FROM document WHERE id::text IN (:ids) ORDER BY created_at DESC, id DESC", ids, people);
		}
	}

	@Test
	void campaignsPageEachOnceNewestFirst() {
		String list = admin.post("/api/v1/marketing-lists", Map.of("name", "Paging campaigns " + TestData.suffix())).id();
		for (List<Person> people : tries().subList(0, 5)) {
			people.forEach(p -> admin.post("/api/v1/campaigns", Map.of("name", p.last(), "listId", list, "subject", "Hi",
					"body", "Hello")));
			assertWalk("/api/v1/campaigns", "SELECT id::text FROM campaign ORDER BY created_at DESC, id DESC", null, people);
		}
	}

	/** Requests and attempts at the same instant: only the id tells them apart, and the cursor must carry it. */
	@Test
	void loginRequestsAndSelfRegistrationsPageEachOnceNewestFirstThroughTies() {
		for (List<Person> people : tries().subList(0, 5)) {
			Timestamp at = Timestamp.from(Instant.now());
			for (Person p : people) {
				jdbc.sql("INSERT INTO login_request (id, at, client_address, name, email) VALUES (:id, :at, '192.0.2.1', :n, 'p@example.com')")
						.param("id", UUID.randomUUID()).param("at", at).param("n", p.first() + " " + p.last()).update();
				jdbc.sql("""
						INSERT INTO self_registration (id, at, client_address, invoice_number, name, email, outcome)
						VALUES (:id, :at, '192.0.2.1', 'INV', :n, 'p@example.com', 'INVALID')""")
						.param("id", UUID.randomUUID()).param("at", at).param("n", p.last()).update();
			}
			assertWalk("/api/v1/login-requests", "SELECT id::text FROM login_request ORDER BY at DESC, id DESC", null, people);
			assertWalk("/api/v1/self-registrations", "SELECT id::text FROM self_registration ORDER BY at DESC, id DESC", null,
					people);
		}
	}

	private List<List<Person>> tries() {
		return Names.people().sampleStream().limit(TRIES).toList();
	}

	/** Walks the list with a limit of 1 to 3 and compares with the database's order of the rows ({@code ids}, or all). */
	private void assertWalk(String path, String expectedSql, List<String> ids, List<Person> people) {
		int limit = Arbitraries.integers().between(1, 3).sample();
		var query = jdbc.sql(expectedSql);
		List<String> expected = (ids == null ? query : query.param("ids", ids)).query(String.class).list();
		// One page per row and a last empty one at most: more means the walk went back.
		List<String> walked = PagedWalk.ids(admin, path, limit, expected.size() + 2);
		assertThat(walked).as("%s at limit %d with %s", path, limit, people).containsExactlyElementsOf(expected);
	}

	private String account() {
		return admin.post("/api/v1/accounts", Map.of("name", "Paging " + TestData.suffix())).id();
	}

	private List<String> contacts(String account, List<Person> people) {
		List<String> ids = new ArrayList<>();
		for (Person p : people) {
			var created = admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", p.first(),
					"lastName", p.last(), "email", TestData.email("paging"), "confirmNotDuplicate", true));
			assertThat(created.status()).as("%s: %s", p, created).isEqualTo(201);
			ids.add(created.id());
		}
		return ids;
	}

	private static String contactOrder() {
		return "SELECT id::text FROM contact WHERE id::text IN (:ids) " + NAME_ORDER;
	}
}
