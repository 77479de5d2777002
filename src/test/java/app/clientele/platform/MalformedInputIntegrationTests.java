package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The bad input the garbage walk found answering 5xx or 409, each pinned: a 400 naming what is wrong. */
@IntegrationTest
class MalformedInputIntegrationTests {

	@LocalServerPort
	int port;

	Api admin;

	@BeforeEach
	void signIn() {
		admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
	}

	@Test
	void refusesANullAmongTheIdsOfARequestNamingIt() {
		String list = admin.post("/api/v1/marketing-lists", Map.of("name", "Nulls " + TestData.suffix())).id();
		Api sales = new Api(port).as(TestUsers.token(new Api(port), Role.SALES));
		var members = sales.post("/api/v1/marketing-lists/" + list + "/members", "{\"contactIds\":[null]}");
		assertThat(members.status()).as(members.toString()).isEqualTo(400);
		assertThat(members.json().get("errors").get(0).get("field").asString()).startsWith("contactIds");
		var deleted = admin.post("/api/v1/contacts/bulk-delete", "{\"ids\":[null]}");
		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(400);
		String account = admin.post("/api/v1/accounts", Map.of("name", "Nulls " + TestData.suffix())).id();
		String document = admin.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE", "number",
				"N-" + TestData.suffix(), "title", "Nulls")).id();
		var sent = admin.post("/api/v1/documents/" + document + "/send", "{\"contactIds\":[null]}");
		assertThat(sent.status()).as(sent.toString()).isEqualTo(400);
	}

	@Test
	void refusesANullAmongTheSitesOfAContactNamingIt() {
		String account = admin.post("/api/v1/accounts", Map.of("name", "Null sites " + TestData.suffix())).id();
		var created = admin.post("/api/v1/accounts/" + account + "/contacts",
				"{\"firstName\":\"Nora\",\"lastName\":\"Null\",\"siteIds\":[null]}");
		assertThat(created.status()).as(created.toString()).isEqualTo(400);
		assertThat(created.json().get("errors").get(0).get("field").asString()).startsWith("siteIds");
		var portal = admin.post("/api/v1/accounts/" + account + "/contacts", "{\"firstName\":\"Nora\",\"lastName\":\"Null\","
				+ "\"email\":\"nora." + TestData.suffix() + "@example.com\",\"portal\":{\"enabled\":true,\"allSites\":false,"
				+ "\"siteIds\":[null]}}");
		assertThat(portal.status()).as(portal.toString()).isEqualTo(400);
	}

	@Test
	void refusesHalfASurrogatePairInJsonTextNamingTheField() {
		var account = admin.post("/api/v1/accounts", "{\"name\":\"a\\ud800b\"}");
		assertThat(account.status()).as(account.toString()).isEqualTo(400);
		assertThat(account.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
		var paired = admin.post("/api/v1/accounts", "{\"name\":\"Emoji \\ud83d\\ude00 " + TestData.suffix() + "\"}");
		assertThat(paired.status()).as(paired.toString()).isEqualTo(201);
	}

	@Test
	void refusesNulInJsonTextNamingTheField() {
		var list = admin.post("/api/v1/marketing-lists", "{\"name\":\"a\\u0000b\"}");
		assertThat(list.status()).as(list.toString()).isEqualTo(400);
		assertThat(list.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void refusesNulInAQueryNamingTheParameter() {
		var search = admin.get("/api/v1/contacts?q=a%00b");
		assertThat(search.status()).as(search.toString()).isEqualTo(400);
		assertThat(search.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
	}

	@Test
	void aForgedCursorOfContactSearchIsA400NotAConflict() {
		String forged = Cursor.of("smith", "john", "not-a-uuid").encode();
		var search = admin.get("/api/v1/contacts?q=smith&after=" + forged);
		assertThat(search.status()).as(search.toString()).isEqualTo(400);
		assertThat(search.json().get("type").asString()).endsWith("/invalid-cursor");
	}

	@Test
	void brokenPercentEncodingOfAPageIsA400Page() {
		RawHttp http = new RawHttp(port);
		RawHttp.Answer login = http.send("GET", "/login", Map.of("Accept", "text/html"), new byte[0]);
		String session = "CLIENTELE_SESSION=" + login.cookie("CLIENTELE_SESSION").orElseThrow();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + Api.q(TestUsers.ADMIN_EMAIL) + "&password=" + Api.q(TestUsers.ADMIN_PASSWORD) + "&_csrf="
				+ Api.q(csrf.group(1));
		RawHttp.Answer signedIn = http.send("POST", "/login", Map.of("Cookie", session, "Content-Type",
				"application/x-www-form-urlencoded"), form.getBytes(StandardCharsets.UTF_8));
		String cookie = "CLIENTELE_SESSION=" + signedIn.cookie("CLIENTELE_SESSION").orElseThrow();
		assertThat(http.send("GET", "/accounts?q=x", Map.of("Cookie", cookie, "Accept", "text/html"), new byte[0]).status())
				.isEqualTo(200);
		RawHttp.Answer answer = http.send("GET", "/accounts?q=%%zz", Map.of("Cookie", cookie, "Accept", "text/html"),
				new byte[0]);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.head()).containsIgnoringCase("content-type: text/html");
	}
}
