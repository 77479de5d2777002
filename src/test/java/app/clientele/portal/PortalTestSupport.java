package app.clientele.portal;

import java.util.Map;

import app.clientele.Api;
import app.clientele.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Setting up portal users for tests: accounts, contacts, invitations, and the links of their emails. */
final class PortalTestSupport {

	static final String PASSWORD = "tulip kettle marathon 7";

	private final int port;
	private final Api api;
	private final JdbcClient jdbc;

	PortalTestSupport(int port, Api api, JdbcClient jdbc) {
		this.port = port;
		this.api = api;
		this.jdbc = jdbc;
	}

	String account() {
		return api.post("/api/v1/accounts", Map.of("name", "Portal Co " + TestData.suffix())).id();
	}

	String site(String account, String name) {
		return api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", name)).id();
	}

	/** A contact with a person's email under the account. */
	Api.Response contact(String account, String email) {
		return api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Pat",
				"lastName", "Portal" + TestData.suffix(), "email", email, "confirmNotDuplicate", true));
	}

	String invitedContact(String account) {
		String id = contact(account, TestData.email("pat")).id();
		var invited = api.post("/api/v1/contacts/" + id + "/portal/invitations", null);
		if (invited.status() != 200) {
			throw new IllegalStateException("invitation failed: " + invited);
		}
		return id;
	}

	/** The token of the latest email of this purpose the contact received. */
	String token(String contactId, String purpose) {
		return app.clientele.TestLinks.portalToken(jdbc, contactId, purpose);
	}

	/** A contact that accepted its invitation, with its email. */
	record Active(String id, String email) {
	}

	Active activeContact(String account) {
		String email = TestData.email("active");
		String id = contact(account, email).id();
		api.post("/api/v1/contacts/" + id + "/portal/invitations", null);
		var activated = new app.clientele.PortalClient(port).post("/portal/api/activate",
				Map.of("token", token(id, "INVITATION"), "password", PASSWORD));
		if (activated.status() != 200) {
			throw new IllegalStateException("activation failed: " + activated);
		}
		return new Active(id, email);
	}

	/** A portal session of an active contact. */
	app.clientele.PortalClient signedIn(Active contact) {
		var client = new app.clientele.PortalClient(port);
		var login = client.post("/portal/api/login", Map.of("email", contact.email(), "password", PASSWORD));
		if (login.status() != 200) {
			throw new IllegalStateException("sign-in failed: " + login);
		}
		return client;
	}
}
