package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal's pages over plain HTTP: link pages, sign-in, home, and the console's portal section. */
@IntegrationTest
class PortalPagesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	PortalTestSupport portal;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		portal = new PortalTestSupport(port, api, jdbc);
	}

	@AfterEach
	void forgetFailures() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@Test
	void theActivationPageTakesTheTokenOutOfTheAddressAndSendsNoReferrer() {
		String account = portal.account();
		String id = portal.invitedContact(account);
		String email = api.get("/api/v1/contacts/" + id).json().get("email").asString();
		Console browser = Console.anonymous(port);
		var opened = browser.get("/portal/activate?token=" + portal.token(id, "INVITATION"));
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/portal/activate").doesNotContain("token");
		assertThat(opened.headers().firstValue("Referrer-Policy").orElseThrow()).isEqualTo("no-referrer");
		var form = browser.get("/portal/activate");
		assertThat(form.body()).contains("Choose your password");
		assertThat(form.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(api.get("/api/v1/contacts/" + id + "/portal").json().get("status").asString())
				.as("opening a link does not use it").isEqualTo("INVITED");

		var activated = post(browser, form, "/portal/activate", Map.of("password", PortalTestSupport.PASSWORD));
		assertThat(activated.headers().firstValue("Location").orElseThrow()).endsWith("/portal/?activated");
		var page = browser.get("/portal/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Sign out").contains("data-empty-state");
		var signedOut = post(browser, page, "/portal/logout", Map.of());
		var login = browser.get(signedOut.headers().firstValue("Location").orElseThrow());
		var home = post(browser, login, "/portal/login", Map.of("email", email, "password", PortalTestSupport.PASSWORD));
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/portal/");
	}

	@Test
	void anOldLinkShowsAClearPageWithAWayToAskForANewOne() {
		String id = portal.invitedContact(portal.account());
		String old = portal.token(id, "INVITATION");
		api.post("/api/v1/contacts/" + id + "/portal/invitations", null);
		var page = Console.anonymous(port).get("/portal/activate?token=" + old);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("This link is no longer valid").contains("/portal/forgot");
	}

	@Test
	void aContactWithoutPermissionsSeesAClearEmptyState() {
		var active = portal.activeContact(portal.account());
		api.put("/api/v1/contacts/" + active.id() + "/portal", Map.of("enabled", true, "permissions", java.util.List.of()));
		Console browser = Console.anonymous(port);
		var login = browser.get("/portal/login");
		post(browser, login, "/portal/login", Map.of("email", active.email(), "password", PortalTestSupport.PASSWORD));
		assertThat(browser.get("/portal/").body()).contains("data-empty-state").doesNotContain("data-module=");
	}

	@Test
	void wrongPasswordOnTheSignInPageSaysSoWithoutSayingWhy() {
		Console browser = Console.anonymous(port);
		var login = browser.get("/portal/login");
		var refused = post(browser, login, "/portal/login", Map.of("email", TestData.email("nobody"), "password", "whatever"));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("The email or the password is wrong.");
	}

	@Test
	void theConsoleShowsAndManagesPortalAccessOnTheContactPage() {
		String account = portal.account();
		String id = portal.contact(account, TestData.email("console")).id();
		Console admin = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		var section = admin.get("/contacts/" + id + "/portal");
		assertThat(section.body()).contains("Not invited").contains("Save and send invitation").doesNotContain("Revoke")
				.doesNotContain("Impersonate");
		var invited = admin.submit("/contacts/" + id + "/portal/invite", Map.of());
		assertThat(invited.body()).contains("invitation sent.").contains("data-portal-status>Invited<").contains("Save and resend invitation")
				.contains("Impersonate").contains("Revoke");
		var impersonation = admin.submit("/contacts/" + id + "/portal/impersonate", Map.of("reason", ""));
		assertThat(impersonation.body()).contains("reason");
		TestUsers.token(new Api(port), app.clientele.staff.Role.MARKETEER);
		Console marketeer = Console.signIn(port, "marketeer@staff.example.com", TestUsers.PASSWORD);
		assertThat(marketeer.get("/contacts/" + id + "/portal").body()).contains("data-portal-status>Invited<").doesNotContain("resend invitation");
	}

	private static HttpResponse<String> post(Console browser, HttpResponse<String> page, String path,
			Map<String, String> fields) {
		Matcher m = CSRF.matcher(page.body());
		assertThat(m.find()).as("CSRF field on " + path).isTrue();
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", m.group(1));
		return browser.post(path, form);
	}
}
