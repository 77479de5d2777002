package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

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

/**
 * The link pages name the email to sign in with, and setting the password there signs the
 * person in on a real session; the link stays single-use and the password policy still applies.
 * A failed sign-in keeps the email typed.
 */
@IntegrationTest
class PortalLinkSignInIntegrationTests {

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
	void theActivationPageNamesTheEmailToSignInWith() {
		String id = portal.invitedContact(portal.account());
		String email = api.get("/api/v1/contacts/" + id).json().get("email").asString();
		Console browser = Console.anonymous(port);
		browser.get("/portal/activate?token=" + portal.token(id, "INVITATION"));
		var form = browser.get("/portal/activate");
		assertThat(form.body()).contains("Your sign-in email").contains("value=\"" + email + "\"")
				.contains("autocomplete=\"username\"");
	}

	@Test
	void activationSignsThePersonInOnARealSession() {
		String id = portal.invitedContact(portal.account());
		Console browser = Console.anonymous(port);
		browser.get("/portal/activate?token=" + portal.token(id, "INVITATION"));
		var form = browser.get("/portal/activate");
		var activated = browser.submitOn(form, "/portal/activate", Map.of("password", PortalTestSupport.PASSWORD));
		assertThat(activated.statusCode()).isEqualTo(302);
		assertThat(location(activated)).endsWith("/portal/?activated");
		var home = browser.get("/portal/?activated");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Your access is active").contains("Sign out");
		assertThat(browser.get("/portal/profile").statusCode()).as("the session works on the next page too").isEqualTo(200);
		var access = api.get("/api/v1/contacts/" + id + "/portal").json();
		assertThat(access.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(access.get("lastLoginAt").isNull()).as("the sign-in is recorded").isFalse();
		assertThat(api.get("/api/v1/contacts/" + id + "/activity").json().get("items").findValuesAsString("type"))
				.contains("PORTAL_ACTIVATED", "PORTAL_SIGNED_IN");

		var signOut = browser.submitOn(home, "/portal/logout", Map.of());
		assertThat(location(signOut)).endsWith("/portal/login?signedOut");
		assertThat(location(browser.get("/portal/"))).as("signed out for real").endsWith("/portal/login");
	}

	@Test
	void anActivationLinkStillWorksOnceOnly() {
		String id = portal.invitedContact(portal.account());
		String token = portal.token(id, "INVITATION");
		Console first = Console.anonymous(port);
		first.get("/portal/activate?token=" + token);
		first.submitOn(first.get("/portal/activate"), "/portal/activate", Map.of("password", PortalTestSupport.PASSWORD));
		Console second = Console.anonymous(port);
		var again = second.get("/portal/activate?token=" + token);
		assertThat(again.body()).contains("This link is no longer valid");
		assertThat(location(second.get("/portal/"))).as("no session from a used link").endsWith("/portal/login");
	}

	@Test
	void aRefusedPasswordKeepsTheLinkAndSignsNobodyIn() {
		String id = portal.invitedContact(portal.account());
		String email = api.get("/api/v1/contacts/" + id).json().get("email").asString();
		Console browser = Console.anonymous(port);
		browser.get("/portal/activate?token=" + portal.token(id, "INVITATION"));
		var refused = browser.submitOn(browser.get("/portal/activate"), "/portal/activate", Map.of("password", "short"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("aria-invalid=\"true\"").contains("value=\"" + email + "\"");
		assertThat(location(browser.get("/portal/"))).endsWith("/portal/login");
		var activated = browser.submitOn(refused, "/portal/activate", Map.of("password", PortalTestSupport.PASSWORD));
		assertThat(location(activated)).endsWith("/portal/?activated");
	}

	@Test
	void aPasswordResetLinkSignsThePersonInWithTheNewPassword() {
		PortalTestSupport.Active active = portal.activeContact(portal.account());
		Console old = Console.portalSignIn(port, active.email(), PortalTestSupport.PASSWORD);
		api.post("/api/v1/contacts/" + active.id() + "/portal/password-reset", null);
		Console browser = Console.anonymous(port);
		browser.get("/portal/reset?token=" + portal.token(active.id(), "SET_PASSWORD"));
		var form = browser.get("/portal/reset");
		assertThat(form.body()).contains("value=\"" + active.email() + "\"");
		var reset = browser.submitOn(form, "/portal/reset", Map.of("password", "another quite long passphrase"));
		assertThat(location(reset)).endsWith("/portal/?passwordChanged");
		assertThat(browser.get("/portal/?passwordChanged").body()).contains("Your new password is saved");
		assertThat(location(old.get("/portal/"))).as("the session from before the reset has ended").endsWith("/portal/login");
	}

	@Test
	void aFailedPortalSignInKeepsTheEmailTyped() {
		String email = TestData.email("typed");
		Console browser = Console.anonymous(port);
		var refused = browser.submitOn(browser.get("/portal/login"), "/portal/login",
				Map.of("email", email, "password", "not the password"));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("The email or the password is wrong.").contains("value=\"" + email + "\"");
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
	}
}
