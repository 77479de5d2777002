package app.clientele.platform;

import java.util.HashMap;
import java.util.Map;

import app.clientele.Api;
import app.clientele.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One thing of each kind the API's paths name, so that garbage reaches the code behind an
 * existing resource (a cursor is read only once the contact of the timeline is found).
 */
record BadInputFixture(Api admin, JdbcClient jdbc) {

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
				"roles", java.util.List.of("SALES"), "password", app.clientele.TestUsers.PASSWORD)).id());
		ids.put("email-templates", admin.get("/api/v1/email-templates").json().get("items").get(0).get("key").asString());
		return ids;
	}
}
