package app.clientele.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestLinks;
import app.clientele.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One thing of each kind the API's paths name, so that garbage reaches the code behind an
 * existing resource (a cursor is read only once the contact of the timeline is found).
 */
record BadInputFixture(int port, Api admin, JdbcClient jdbc) {

	/** The id to put after each collection segment of a path ({@code contacts/{id}}). */
	Map<String, String> idsByCollection() {
		Map<String, String> ids = new HashMap<>();
		String suffix = TestData.suffix();
		String accountClass = admin.post("/api/v1/account-classes", Map.of("name", "Garbage class " + suffix)).id();
		String account = admin.post("/api/v1/accounts", Map.of("name", "Garbage Ltd " + suffix, "accountClassId",
				accountClass)).id();
		String contact = admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Gary",
				"lastName", "Bage" + suffix, "email", TestData.email("gary"), "confirmNotDuplicate", true)).id();
		String list = admin.post("/api/v1/marketing-lists", Map.of("name", "Garbage list " + suffix)).id();
		ids.put("account-classes", accountClass);
		ids.put("accounts", account);
		ids.put("contacts", contact);
		ids.put("members", contact);
		ids.put("sites", admin.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "Garbage site")).id());
		ids.put("documents", admin.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE",
				"number", "G-" + suffix, "title", "Garbage invoice")).id());
		ids.put("marketing-lists", list);
		ids.put("campaigns", admin.post("/api/v1/campaigns", Map.of("name", "Garbage campaign", "listId", list,
				"subject", "Hello", "body", "Hello")).id());
		ids.put("staff", admin.post("/api/v1/staff", Map.of("email", TestData.email("garbage"), "name", "Garbage Staff",
				"roles", List.of("SALES"), "password", TestUsers.PASSWORD)).id());
		ids.put("email-templates", admin.get("/api/v1/email-templates").json().get("items").get(0).get("key").asString());
		return ids;
	}

	/** The cookies and CSRF header of a signed-in portal user: the contact, invited and activated. */
	Map<String, String> portalSession(String contactId) {
		String email = admin.get("/api/v1/contacts/" + contactId).json().get("email").asString();
		admin.post("/api/v1/contacts/" + contactId + "/portal/invitations", null);
		String password = "garbage in, problems out 7";
		new PortalClient(port).post("/portal/api/activate",
				Map.of("token", TestLinks.portalToken(jdbc, contactId, "INVITATION"), "password", password));
		PortalClient portal = new PortalClient(port);
		if (portal.post("/portal/api/login", Map.of("email", email, "password", password)).status() != 200) {
			throw new IllegalStateException("the portal user of the fixture could not sign in");
		}
		String session = "CLIENTELE_SESSION=" + portal.sessionCookie();
		RawHttp.Answer csrf = new RawHttp(port).send("GET", "/portal/api/csrf", Map.of("Cookie", session), new byte[0]);
		String xsrf = csrf.cookie("XSRF-TOKEN").orElseThrow();
		return Map.of("Cookie", session + "; XSRF-TOKEN=" + xsrf, "X-XSRF-TOKEN", xsrf, "Accept", "application/json");
	}
}
