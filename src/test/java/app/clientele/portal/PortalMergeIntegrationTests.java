package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A merge keeps at most one portal login: the live one; when both are active staff choose, and
 * the other login's sessions end. Permissions never widen unless staff ask.
 */
@IntegrationTest
class PortalMergeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	Api manager;
	PortalTestSupport portal;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		manager = api.as(TestUsers.token(api, Role.MANAGER));
		portal = new PortalTestSupport(port, api, jdbc);
		account = portal.account();
	}

	@AfterEach
	void forgetThrottle() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@Test
	void portalLoginsNeverWiden() {
		PortalTestSupport.Active survivor = activeWith(List.of("INVOICES"));
		PortalTestSupport.Active other = activeWith(List.of("INVOICES", "ESTIMATES", "CONTRACTS"));
		PortalClient otherSession = portal.signedIn(other);
		String merge = "/api/v1/contacts/" + survivor.id() + "/merge";

		Api.Response unchosen = manager.post(merge, Map.of("otherId", other.id()));
		assertThat(unchosen.status()).isEqualTo(400);
		assertThat(unchosen.json().get("errors").get(0).get("field").asString()).isEqualTo("portalLogin");

		JsonNode merged = manager.post(merge, Map.of("otherId", other.id(), "portalLogin", "OTHER")).json();

		assertThat(merged.get("portal").asString()).contains("other contact's portal login is kept");
		assertThat(otherSession.get("/portal/api/me").status()).as("the other's session ends").isEqualTo(401);
		assertThat(signIn(survivor).status()).as("the survivor's own login ends").isEqualTo(401);
		PortalClient kept = portal.signedIn(other);
		JsonNode me = kept.get("/portal/api/me").json();
		assertThat(me.get("contactId").asString()).as("the kept login is the survivor's now").isEqualTo(survivor.id());
		assertThat(access(survivor.id()).get("permissions").toString()).contains("INVOICES")
				.doesNotContain("ESTIMATES", "CONTRACTS");
	}

	@Test
	void widerPermissionsOnlyWhenStaffAsk() {
		PortalTestSupport.Active survivor = activeWith(List.of("INVOICES"));
		PortalTestSupport.Active other = activeWith(List.of("ESTIMATES"));

		JsonNode merged = manager.post("/api/v1/contacts/" + survivor.id() + "/merge", Map.of("otherId", other.id(),
				"portalLogin", "THIS", "widenPermissions", true)).json();

		assertThat(merged.get("portal").asString()).contains("This contact's portal login is kept");
		assertThat(signIn(other).status()).as("the other login ends").isEqualTo(401);
		assertThat(signIn(survivor).status()).isEqualTo(200);
		assertThat(access(survivor.id()).get("permissions").toString()).contains("INVOICES", "ESTIMATES");
	}

	@Test
	void theOnlyLiveLoginMovesToTheSurvivorAndBackOnUndo() {
		String survivor = portal.contact(account, app.clientele.TestData.email("nologin")).id();
		PortalTestSupport.Active other = activeWith(List.of("INVOICES"));

		JsonNode merged = manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other.id())).json();

		assertThat(access(survivor).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(portal.signedIn(other).get("/portal/api/me").json().get("contactId").asString()).isEqualTo(survivor);
		assertThat(manager.post("/api/v1/merges/" + merged.get("mergeId").asString() + "/undo", null).status())
				.isEqualTo(200);
		assertThat(access(other.id()).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(portal.signedIn(other).get("/portal/api/me").json().get("contactId").asString()).isEqualTo(other.id());
	}

	@Test
	void acrossAccountsTheOtherLoginEnds() {
		String elsewhere = portal.account();
		String survivor = portal.contact(elsewhere, app.clientele.TestData.email("keeper")).id();
		PortalTestSupport.Active other = activeWith(List.of("INVOICES"));

		JsonNode merged = manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other.id(),
				"acrossAccounts", true)).json();

		assertThat(merged.get("portal").asString()).contains("ends");
		assertThat(signIn(other).status()).isEqualTo(401);
		assertThat(access(survivor).get("status").asString()).isNotEqualTo("ACTIVE");
	}

	@Test
	void undoRestoresRevokedPortalLogin() {
		PortalTestSupport.Active survivor = activeWith(List.of("INVOICES"));
		PortalTestSupport.Active other = activeWith(List.of("ESTIMATES"));
		String merge = manager.post("/api/v1/contacts/" + survivor.id() + "/merge", Map.of("otherId", other.id(),
				"portalLogin", "THIS")).json().get("mergeId").asString();
		assertThat(signIn(other).status()).isEqualTo(401);

		assertThat(manager.post("/api/v1/merges/" + merge + "/undo", null).status()).isEqualTo(200);

		assertThat(access(other.id()).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(access(other.id()).get("permissions").toString()).contains("ESTIMATES");
		assertThat(portal.signedIn(other).get("/portal/api/me").json().get("contactId").asString()).isEqualTo(other.id());
		assertThat(portal.signedIn(survivor).get("/portal/api/me").json().get("contactId").asString())
				.isEqualTo(survivor.id());
	}

	@Test
	void undoGivesTheSurvivorItsOwnLoginBack() {
		PortalTestSupport.Active survivor = activeWith(List.of("INVOICES"));
		PortalTestSupport.Active other = activeWith(List.of("ESTIMATES"));
		String merge = manager.post("/api/v1/contacts/" + survivor.id() + "/merge", Map.of("otherId", other.id(),
				"portalLogin", "OTHER")).json().get("mergeId").asString();
		PortalClient merged = portal.signedIn(other);

		assertThat(manager.post("/api/v1/merges/" + merge + "/undo", null).status()).isEqualTo(200);

		assertThat(merged.get("/portal/api/me").status()).as("the merged login's session ends").isEqualTo(401);
		assertThat(portal.signedIn(survivor).get("/portal/api/me").json().get("contactId").asString())
				.isEqualTo(survivor.id());
		assertThat(portal.signedIn(other).get("/portal/api/me").json().get("contactId").asString()).isEqualTo(other.id());
		assertThat(access(survivor.id()).get("permissions").toString()).contains("INVOICES").doesNotContain("ESTIMATES");
	}

	@Test
	void undoRestoresTheSurvivorsOwnPortalRow() {
		String survivor = activeWith(List.of("CONTRACTS", "PROJECTS")).id();
		assertThat(api.post("/api/v1/contacts/" + survivor + "/portal/revoke", null).status()).isLessThan(300);
		PortalTestSupport.Active other = activeWith(List.of("INVOICES"));
		String merge = manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other.id())).json()
				.get("mergeId").asString();
		assertThat(access(survivor).get("status").asString()).isEqualTo("ACTIVE");

		assertThat(manager.post("/api/v1/merges/" + merge + "/undo", null).status()).isEqualTo(200);

		JsonNode own = access(survivor);
		assertThat(own.get("status").asString()).isEqualTo("REVOKED");
		assertThat(own.get("permissions").toString()).contains("CONTRACTS", "PROJECTS").doesNotContain("INVOICES");
		assertThat(access(other.id()).get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void undoRestoresWidenedPermissions() {
		PortalTestSupport.Active survivor = activeWith(List.of("INVOICES"));
		PortalTestSupport.Active other = activeWith(List.of("ESTIMATES"));
		String merge = manager.post("/api/v1/contacts/" + survivor.id() + "/merge", Map.of("otherId", other.id(),
				"portalLogin", "THIS", "widenPermissions", true)).json().get("mergeId").asString();
		assertThat(access(survivor.id()).get("permissions").toString()).contains("INVOICES", "ESTIMATES");

		assertThat(manager.post("/api/v1/merges/" + merge + "/undo", null).status()).isEqualTo(200);

		assertThat(access(survivor.id()).get("permissions").toString()).contains("INVOICES").doesNotContain("ESTIMATES");
		assertThat(signIn(survivor).status()).as("the survivor's own login stays").isEqualTo(200);
	}

	private PortalTestSupport.Active activeWith(List<String> permissions) {
		PortalTestSupport.Active active = portal.activeContact(account);
		Api.Response saved = api.put("/api/v1/contacts/" + active.id() + "/portal",
				Map.of("enabled", true, "permissions", permissions, "allSites", true));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		return active;
	}

	private JsonNode access(String contactId) {
		return api.get("/api/v1/contacts/" + contactId + "/portal").json();
	}

	private Api.Response signIn(PortalTestSupport.Active contact) {
		return new PortalClient(port).post("/portal/api/login", Map.of("email", contact.email(), "password",
				PortalTestSupport.PASSWORD));
	}
}
