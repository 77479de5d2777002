package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Portal access, its links and sign-in, rule by rule. */
@IntegrationTest
class PortalIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PortalClock clock;

	Api api;
	PortalTestSupport portal;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		portal = new PortalTestSupport(port, api, jdbc);
		account = portal.account();
	}

	@AfterEach
	void resetClockAndThrottle() {
		clock.use(Clock.systemUTC());
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@Test
	void theInvitationJourneyEndsInASignedInPortalSession() {
		String email = TestData.email("journey");
		String id = portal.contact(account, email).id();
		JsonNode invited = api.post("/api/v1/contacts/" + id + "/portal/invitations", null).json();
		assertThat(invited.get("status").asString()).isEqualTo("INVITED");
		assertThat(invited.get("invitedAt").isNull()).isFalse();
		assertThat(api.get("/api/v1/contacts/" + id).json().get("portalStatus").asString()).isEqualTo("INVITED");

		PortalClient browser = new PortalClient(port);
		assertThat(browser.post("/portal/api/activate", Map.of("token", portal.token(id, "INVITATION"),
				"password", PortalTestSupport.PASSWORD)).status()).isEqualTo(200);
		var login = browser.post("/portal/api/login", Map.of("email", email.toUpperCase(), "password", PortalTestSupport.PASSWORD));
		assertThat(login.status()).isEqualTo(200);
		JsonNode me = browser.get("/portal/api/me").json();
		assertThat(me.get("contactId").asString()).isEqualTo(id);
		assertThat(me.get("email").asString()).isEqualTo(email);
		assertThat(me.get("impersonated").asBoolean()).isFalse();
		assertThat(me.get("permissions")).hasSize(6);
		JsonNode access = api.get("/api/v1/contacts/" + id + "/portal").json();
		assertThat(access.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(access.get("activatedAt").isNull()).isFalse();
		assertThat(access.get("lastLoginAt").isNull()).isFalse();
		assertThat(api.get("/api/v1/contacts/" + id + "/activity").json().get("items").findValuesAsString("type"))
				.contains("PORTAL_INVITED", "PORTAL_ACTIVATED", "PORTAL_SIGNED_IN");
	}

	@Test
	void resendRefusedOnceActive() {
		var active = portal.activeContact(account);
		var resend = api.post("/api/v1/contacts/" + active.id() + "/portal/invitations", null);
		assertThat(resend.status()).isEqualTo(409);
		assertThat(resend.json().get("type").asString()).endsWith("/problems/portal-already-active");
	}

	@Test
	void oldLinkDiesOnResend() {
		String id = portal.invitedContact(account);
		String first = portal.token(id, "INVITATION");
		assertThat(api.post("/api/v1/contacts/" + id + "/portal/invitations", null).status()).isEqualTo(200);
		var old = new PortalClient(port).post("/portal/api/activate", Map.of("token", first, "password", PortalTestSupport.PASSWORD));
		assertThat(old.status()).isEqualTo(400);
		assertThat(old.json().get("type").asString()).endsWith("/problems/invalid-token");
		assertThat(new PortalClient(port).post("/portal/api/activate", Map.of("token", portal.token(id, "INVITATION"),
				"password", PortalTestSupport.PASSWORD)).status()).isEqualTo(200);
	}

	@Test
	void linkExpiresAfterTtl() {
		String id = portal.invitedContact(account);
		String token = portal.token(id, "INVITATION");
		pastTheInvitationTtl(id);
		assertThat(new PortalClient(port).post("/portal/api/activate", Map.of("token", token, "password",
				PortalTestSupport.PASSWORD)).status()).isEqualTo(400);
	}

	@Test
	void anInvitedPersonWhoseLinkExpiredGetsANewInvitationFromForgotPassword() {
		String id = portal.invitedContact(account);
		String email = api.get("/api/v1/contacts/" + id).json().get("email").asString();
		String expired = portal.token(id, "INVITATION");
		pastTheInvitationTtl(id);

		assertThat(new PortalClient(port).post("/portal/api/password-reset", Map.of("email", email.toUpperCase())).status())
				.isEqualTo(202);

		String fresh = portal.token(id, "INVITATION");
		assertThat(fresh).isNotEqualTo(expired);
		assertThat(api.get("/api/v1/contacts/" + id + "/portal").json().get("status").asString()).isEqualTo("INVITED");
		assertThat(api.get("/api/v1/contacts/" + id + "/activity").json().findValuesAsString("type"))
				.contains("PORTAL_INVITATION_REQUESTED");
		assertThat(new PortalClient(port).post("/portal/api/activate", Map.of("token", fresh, "password",
				PortalTestSupport.PASSWORD)).status()).isEqualTo(200);
	}

	@Test
	void aRevokedPersonAskingForANewLinkGetsNothing() {
		String id = portal.invitedContact(account);
		String email = api.get("/api/v1/contacts/" + id).json().get("email").asString();
		api.post("/api/v1/contacts/" + id + "/portal/revoke", null);
		long before = jdbc.sql("SELECT count(*) FROM portal_link WHERE contact_id = CAST(:c AS uuid)").param("c", id)
				.query(Long.class).single();
		assertThat(new PortalClient(port).post("/portal/api/password-reset", Map.of("email", email)).status()).isEqualTo(202);
		assertThat(jdbc.sql("SELECT count(*) FROM portal_link WHERE contact_id = CAST(:c AS uuid)").param("c", id)
				.query(Long.class).single()).isEqualTo(before);
		assertThat(api.get("/api/v1/contacts/" + id + "/portal").json().get("status").asString()).isEqualTo("REVOKED");
	}

	@Test
	void tokenIsSingleUseUnderConcurrency() throws Exception {
		String id = portal.invitedContact(account);
		String token = portal.token(id, "INVITATION");
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		try (var pool = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 8; i++) {
				PortalClient client = new PortalClient(port);
				client.get("/portal/api/csrf");
				results.add(pool.submit(() -> {
					start.await();
					return client.post("/portal/api/activate", Map.of("token", token, "password", PortalTestSupport.PASSWORD)).status();
				}));
			}
			start.countDown();
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : results) {
			statuses.add(f.get());
		}
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 400).hasSize(7);
	}

	@Test
	void invitationTokenCannotResetPassword() {
		String id = portal.invitedContact(account);
		String token = portal.token(id, "INVITATION");
		var refused = new PortalClient(port).post("/portal/api/password-reset/confirm",
				Map.of("token", token, "password", PortalTestSupport.PASSWORD));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("type").asString()).endsWith("/problems/invalid-token");
		assertThat(new PortalClient(port).post("/portal/api/activate", Map.of("token", token, "password",
				PortalTestSupport.PASSWORD)).status()).isEqualTo(200);
	}

	@Test
	void sharedMailboxCannotBePortalLogin() {
		String id = portal.contact(account, "info@" + TestData.suffix() + ".example.com").id();
		var refused = api.post("/api/v1/contacts/" + id + "/portal/invitations", null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("/problems/shared-mailbox");
		var put = api.put("/api/v1/contacts/" + id + "/portal", Map.of("enabled", true));
		assertThat(put.status()).isEqualTo(409);
	}

	@Test
	void sameEmailCannotHaveTwoPortalLogins() {
		String email = TestData.email("twice");
		String first = portal.contact(account, email).id();
		api.post("/api/v1/contacts/" + first + "/portal/invitations", null);
		String second = portal.contact(portal.account(), email).id();
		var refused = api.post("/api/v1/contacts/" + second + "/portal/invitations", null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("/problems/portal-email-taken");
	}

	@Test
	void refusalsNameTheRuleForArchivedContactsInactiveAccountsAndClassesWithoutPortal() {
		String archived = portal.contact(account, TestData.email("arch")).id();
		api.post("/api/v1/contacts/" + archived + "/archive", null);
		assertThat(api.post("/api/v1/contacts/" + archived + "/portal/invitations", null).json().get("type").asString())
				.endsWith("/problems/contact-archived");
		String noEmail = api.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", "No", "lastName", "Email" + TestData.suffix())).id();
		assertThat(api.post("/api/v1/contacts/" + noEmail + "/portal/invitations", null).json().get("type").asString())
				.endsWith("/problems/portal-email-required");
		String inactive = api.post("/api/v1/accounts", Map.of("name", "Sleepy " + TestData.suffix(), "status", "INACTIVE")).id();
		String sleeper = portal.contact(inactive, TestData.email("sleep")).id();
		assertThat(api.post("/api/v1/contacts/" + sleeper + "/portal/invitations", null).json().get("type").asString())
				.endsWith("/problems/account-inactive");
		String cls = api.post("/api/v1/account-classes", Map.of("name", "No portal " + TestData.suffix(), "portalEnabled", false)).id();
		String closed = api.post("/api/v1/accounts", Map.of("name", "Closed " + TestData.suffix(), "accountClassId", cls)).id();
		String outsider = portal.contact(closed, TestData.email("closed")).id();
		assertThat(api.post("/api/v1/contacts/" + outsider + "/portal/invitations", null).json().get("type").asString())
				.endsWith("/problems/portal-disabled-for-account-class");
	}

	@Test
	void signInAnswersTheSameForEveryReason() {
		var active = portal.activeContact(account);
		String invitedOnly = portal.invitedContact(account);
		String invitedEmail = api.get("/api/v1/contacts/" + invitedOnly).json().get("email").asString();
		var revoked = portal.activeContact(account);
		api.post("/api/v1/contacts/" + revoked.id() + "/portal/revoke", null);
		var archived = portal.activeContact(account);
		api.post("/api/v1/contacts/" + archived.id() + "/archive", null);

		List<Api.Response> answers = List.of(
				new PortalClient(port).post("/portal/api/login", Map.of("email", TestData.email("nobody"), "password", PortalTestSupport.PASSWORD)),
				new PortalClient(port).post("/portal/api/login", Map.of("email", active.email(), "password", "wrong password here")),
				new PortalClient(port).post("/portal/api/login", Map.of("email", invitedEmail, "password", PortalTestSupport.PASSWORD)),
				new PortalClient(port).post("/portal/api/login", Map.of("email", revoked.email(), "password", PortalTestSupport.PASSWORD)),
				new PortalClient(port).post("/portal/api/login", Map.of("email", archived.email(), "password", PortalTestSupport.PASSWORD)));
		assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(401));
		assertThat(answers.stream().map(Api.Response::text).distinct()).hasSize(1);
	}

	@Test
	void failedSignInsAreThrottledWithRetryAfter() {
		var active = portal.activeContact(account);
		for (int i = 0; i < PortalSignIn.FAILURES_PER_EMAIL; i++) {
			new PortalClient(port).post("/portal/api/login", Map.of("email", active.email(), "password", "nope " + i));
		}
		var throttled = new PortalClient(port).post("/portal/api/login", Map.of("email", active.email(), "password", PortalTestSupport.PASSWORD));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isNotBlank();
		assertThat(api.get("/api/v1/contacts/" + active.id() + "/activity").json().get("items").findValuesAsString("type"))
				.contains("PORTAL_SIGN_IN_THROTTLED");
	}

	@Test
	void archivedContactCannotSignIn() {
		var active = portal.activeContact(account);
		PortalClient session = portal.signedIn(active);
		api.post("/api/v1/contacts/" + active.id() + "/archive", null);
		assertThat(session.get("/portal/api/me").status()).isEqualTo(401);
		assertThat(new PortalClient(port).post("/portal/api/login", Map.of("email", active.email(), "password",
				PortalTestSupport.PASSWORD)).status()).isEqualTo(401);
	}

	@Test
	void revokeEndsSessions() {
		var active = portal.activeContact(account);
		PortalClient one = portal.signedIn(active);
		PortalClient two = portal.signedIn(active);
		assertThat(one.get("/portal/api/me").status()).isEqualTo(200);
		assertThat(api.post("/api/v1/contacts/" + active.id() + "/portal/revoke", null).json().get("status").asString())
				.isEqualTo("REVOKED");
		assertThat(one.get("/portal/api/me").status()).isEqualTo(401);
		assertThat(two.get("/portal/api/me").status()).isEqualTo(401);
	}

	@Test
	void aPermissionChangeAppliesToTheNextRequest() {
		var active = portal.activeContact(account);
		PortalClient session = portal.signedIn(active);
		assertThat(session.get("/portal/api/me").json().get("permissions")).hasSize(6);
		api.put("/api/v1/contacts/" + active.id() + "/portal", Map.of("enabled", true, "permissions", List.of("INVOICES")));
		assertThat(session.get("/portal/api/me").json().get("permissions").toString()).isEqualTo("[\"INVOICES\"]");
	}

	@Test
	void siteLevelContactSeesOnlyItsSites() {
		String north = portal.site(account, "North");
		portal.site(account, "South");
		var active = portal.activeContact(account);
		api.put("/api/v1/contacts/" + active.id() + "/portal", Map.of("enabled", true, "allSites", false, "siteIds", List.of(north)));
		JsonNode me = portal.signedIn(active).get("/portal/api/me").json();
		assertThat(me.get("sites").findValuesAsString("name")).containsExactly("North");
		assertThat(me.get("allSites").asBoolean()).isFalse();
	}

	@Test
	void impersonationIsReadOnly() {
		var active = portal.activeContact(account);
		assertThat(api.post("/api/v1/contacts/" + active.id() + "/portal/impersonation", Map.of()).status()).isEqualTo(400);
		JsonNode link = api.post("/api/v1/contacts/" + active.id() + "/portal/impersonation",
				Map.of("reason", "Customer reports a missing invoice")).json();
		assertThat(link.get("url").asString()).startsWith("https://clientele.test/portal/impersonate?token=");
		String token = link.get("url").asString().substring(link.get("url").asString().indexOf("token=") + 6);

		PortalClient admin = new PortalClient(port);
		assertThat(admin.get("/portal/impersonate?token=" + token).status()).isEqualTo(302);
		var started = admin.post("/portal/impersonate", null);
		assertThat(started.status()).isEqualTo(302);
		JsonNode me = admin.get("/portal/api/me").json();
		assertThat(me.get("impersonated").asBoolean()).isTrue();
		assertThat(me.get("contactId").asString()).isEqualTo(active.id());
		var write = admin.post("/portal/profile/password", null);
		assertThat(write.status()).isEqualTo(403);
		assertThat(api.get("/api/v1/contacts/" + active.id() + "/activity").json().toString())
				.contains("PORTAL_IMPERSONATED").contains("Customer reports a missing invoice");
		clock.use(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(31)));
		assertThat(admin.get("/portal/api/me").status()).isEqualTo(401);
	}

	@Test
	void onlyAdminImpersonates() {
		var active = portal.activeContact(account);
		Api sales = new Api(port).as(TestUsers.token(new Api(port), app.clientele.staff.Role.SALES));
		assertThat(sales.post("/api/v1/contacts/" + active.id() + "/portal/impersonation", Map.of("reason", "x")).status())
				.isEqualTo(403);
	}

	@Test
	void hostHeaderDoesNotChangeLinks() {
		String id = portal.invitedContact(account);
		api.with("Host", "evil.example.com").with("X-Forwarded-Host", "evil.example.com")
				.post("/api/v1/contacts/" + id + "/portal/invitations", null);
		assertThat(app.clientele.TestLinks.portalLink(jdbc, id, "INVITATION"))
				.startsWith("https://clientele.test/portal/activate?token=");
	}

	@Test
	void portalSessionNeverReachesTheStaffApiAndStaffTokensNeverThePortal() {
		var active = portal.activeContact(account);
		PortalClient session = portal.signedIn(active);
		assertThat(session.get("/api/v1/accounts").status()).isEqualTo(401);
		assertThat(api.get("/portal/api/me").status()).isEqualTo(401);
	}

	@Test
	void stateChangingPortalCallsNeedTheCsrfHeader() {
		var active = portal.activeContact(account);
		var refused = new PortalClient(port).postWithoutCsrf("/portal/api/login",
				Map.of("email", active.email(), "password", PortalTestSupport.PASSWORD));
		assertThat(refused.status()).isEqualTo(403);
		JsonNode csrf = new PortalClient(port).get("/portal/api/csrf").json();
		assertThat(csrf.get("headerName").asString()).isEqualTo("X-XSRF-TOKEN");
	}

	@Test
	void weakPasswordsAreRefusedAtActivation() {
		String id = portal.invitedContact(account);
		String token = portal.token(id, "INVITATION");
		var weak = new PortalClient(port).post("/portal/api/activate", Map.of("token", token, "password", "password1"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
	}

	@Test
	void passwordResetAnswers202AlwaysAndAResetEndsSessions() {
		var active = portal.activeContact(account);
		PortalClient session = portal.signedIn(active);
		assertThat(new PortalClient(port).post("/portal/api/password-reset", Map.of("email", TestData.email("ghost"))).status())
				.isEqualTo(202);
		assertThat(new PortalClient(port).post("/portal/api/password-reset", Map.of("email", active.email())).status())
				.isEqualTo(202);
		String token = portal.token(active.id(), "PASSWORD_RESET");
		assertThat(new PortalClient(port).post("/portal/api/password-reset/confirm", Map.of("token", token,
				"password", "a brand new passphrase")).status()).isEqualTo(200);
		assertThat(session.get("/portal/api/me").status()).isEqualTo(401);
		assertThat(new PortalClient(port).post("/portal/api/password-reset/confirm", Map.of("token", token,
				"password", "another new passphrase")).status()).isEqualTo(400);
	}

	/** Moves the clock past the invitation's 48 hours; the person's access then reads EXPIRED. */
	private void pastTheInvitationTtl(String contactId) {
		clock.use(Clock.offset(Clock.systemUTC(), Duration.ofHours(48).plusMinutes(1)));
		assertThat(api.get("/api/v1/contacts/" + contactId + "/portal").json().get("status").asString())
				.isEqualTo("EXPIRED");
	}
}
