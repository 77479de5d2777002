package app.clientele.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.platform.TooManyAttempts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class StaffIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffManagement staff;

	Api anonymous;
	Api admin;

	@BeforeEach
	void signIn() {
		anonymous = new Api(port);
		admin = anonymous.as(TestUsers.adminToken(anonymous));
	}

	@AfterEach
	void forgetFailures() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@Test
	void adminCreatesStaffWhoSignInWithTheirRoles() {
		String email = "sales-" + UUID.randomUUID() + "@example.com";
		var created = admin.post("/api/v1/staff", Map.of("email", email, "name", "Sam Sales", "roles", List.of("SALES"),
				"password", "sell all the things today"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/staff/" + created.id());
		assertThat(created.text()).doesNotContain("password");
		String token = TestUsers.token(anonymous, email, "sell all the things today");
		assertThat(anonymous.as(token).get("/api/v1/accounts").status()).isEqualTo(200);
		assertThat(anonymous.as(token).get("/api/v1/staff").status()).isEqualTo(403);
	}

	@Test
	void theSameEmailCannotBeTwoStaffUsers() {
		String email = "twice-" + UUID.randomUUID() + "@example.com";
		Map<String, Object> body = Map.of("email", email, "name", "One", "roles", List.of("SALES"), "password",
				"a long enough password");
		assertThat(admin.post("/api/v1/staff", body).status()).isEqualTo(201);
		var again = admin.post("/api/v1/staff", Map.of("email", email.toUpperCase(), "name", "Two", "roles",
				List.of("SALES"), "password", "a long enough password"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("type").asString()).endsWith("/problems/staff-email-taken");
	}

	@Test
	void weakPasswordsAndBadEmailsAreRefusedByField() {
		var response = admin.post("/api/v1/staff",
				Map.of("email", "not-an-email", "name", "X", "roles", List.of("SALES"), "password", "password1"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).contains("email", "password");
	}

	@Test
	void signInAnswersTheSameForUnknownEmailAndWrongPassword() {
		var unknown = anonymous.post("/api/v1/auth/token",
				Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", "whatever it is"));
		var wrong = anonymous.post("/api/v1/auth/token", Map.of("email", TestUsers.ADMIN_EMAIL, "password", "not it"));
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(unknown.text()).isEqualTo(wrong.text());
	}

	@Test
	void aFailedConsoleSignInKeepsTheEmailTyped() {
		String email = "typed-" + UUID.randomUUID() + "@example.com";
		Console browser = Console.atSignInPage(port);
		var refused = browser.submit("/login", Map.of("username", email, "password", "not the password"));
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error").doesNotContain(email);
		var page = browser.get("/login?error");
		assertThat(page.body()).contains("The email or the password is wrong.").contains("value=\"" + email + "\"");
		assertThat(browser.get("/login").body()).as("kept for the one page after the failure").doesNotContain(email);
	}

	@Test
	void aFailedConsoleSignInKeepsNoTextLongerThanAnEmailAddressCanBe() {
		String huge = "x".repeat(300) + "@example.com";
		Console browser = Console.atSignInPage(port);
		browser.submit("/login", Map.of("username", huge, "password", "not the password"));
		assertThat(browser.get("/login?error").body()).contains("The email or the password is wrong.").doesNotContain(huge);
	}

	@Test
	void failedSignInsAreThrottledPerEmail() {
		String email = "target-" + UUID.randomUUID() + "@example.com";
		for (int i = 0; i < StaffManagement.FAILURES_PER_EMAIL; i++) {
			assertThat(anonymous.post("/api/v1/auth/token", Map.of("email", email, "password", "guess " + i)).status())
					.isEqualTo(401);
		}
		var throttled = anonymous.post("/api/v1/auth/token", Map.of("email", email, "password", "guess again"));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 15 * 60 + 1);
		assertThat(throttled.json().get("type").asString()).endsWith("/problems/too-many-attempts");
	}

	@Test
	void failedSignInsAreThrottledPerClientAddress() {
		String address = "203.0.113." + (int) (Math.random() * 200);
		for (int i = 0; i < StaffManagement.FAILURES_PER_ADDRESS; i++) {
			String email = "spray-" + i + "-" + UUID.randomUUID() + "@example.com";
			assertThatThrownBy(() -> staff.authenticate(email, "guess", address)).isInstanceOf(InvalidCredentials.class);
		}
		assertThatThrownBy(() -> staff.authenticate(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD, address))
				.isInstanceOf(TooManyAttempts.class);
	}

	@Test
	void disablingEndsTokensAndSignIn() {
		String email = "leaver-" + UUID.randomUUID() + "@example.com";
		String id = admin.post("/api/v1/staff", Map.of("email", email, "name", "Leaver", "roles", List.of("MANAGER"),
				"password", "a long enough password")).id();
		String token = TestUsers.token(anonymous, email, "a long enough password");
		assertThat(anonymous.as(token).get("/api/v1/accounts").status()).as("used, so remembered").isEqualTo(200);
		assertThat(admin.post("/api/v1/staff/" + id + "/disable", null).json().get("enabled").asBoolean()).isFalse();
		assertThat(anonymous.as(token).get("/api/v1/accounts").status()).isEqualTo(401);
		assertThat(anonymous.post("/api/v1/auth/token", Map.of("email", email, "password", "a long enough password"))
				.status()).isEqualTo(401);
	}

	@Test
	void aRememberedTokenIsNeverHonouredPastItsExpiry() {
		String email = "short-lived-" + UUID.randomUUID() + "@example.com";
		admin.post("/api/v1/staff", Map.of("email", email, "name", "Short", "roles", List.of("SALES"),
				"password", "a long enough password"));
		String token = TestUsers.token(anonymous, email, "a long enough password");
		jdbc.sql("""
				UPDATE api_token SET expires_at = now() + interval '1 second'
				WHERE staff_id = (SELECT id FROM staff WHERE email = :email)
				""").param("email", email).update();
		assertThat(anonymous.as(token).get("/api/v1/accounts").status()).as("used, so remembered").isEqualTo(200);
		// Remembered tokens are trusted 5 s unless they expire sooner: 401 well before those 5 s.
		Awaitility.await("the token's expiry").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
				.until(() -> anonymous.as(token).get("/api/v1/accounts").status() == 401);
	}

	@Test
	void theLastAdminCannotBeDisabled() {
		UUID adminId = jdbc.sql("SELECT id FROM staff WHERE lower(email) = lower(:e)")
				.param("e", TestUsers.ADMIN_EMAIL).query(UUID.class).single();
		jdbc.sql("UPDATE staff SET enabled = false WHERE 'ADMIN' = ANY (roles) AND id <> :id").param("id", adminId).update();
		var refused = admin.post("/api/v1/staff/" + adminId.toString() + "/disable", null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("/problems/last-admin");
	}

	/** The defaults of API.md, value by value (other tests that change a setting put it back). */
	@Test
	void settingsHaveTheirDefaultsAndAreChangedByMergePatch() {
		var settings = admin.get("/api/v1/settings");
		JsonNode json = settings.json();
		Map.<String, Object>of("companyFirst", true, "welcomeEmailEnabled", true, "requestLoginEnabled", false,
				"notifyOnlyPortalUsers", false, "invitationTtlHours", 48, "passwordResetTtlHours", 48, "defaultPhoneRegion", "US")
				.forEach((key, value) -> assertThat(json.get(key)).as(key).isEqualTo(JsonMapper.shared().valueToTree(value)));
		assertThat(json.get("defaultPortalPermissions").valueStream().map(JsonNode::asString))
				.containsExactlyInAnyOrderElementsOf(Stream.of(PortalPermission.values()).map(Enum::name).toList());
		assertThat(json.get("defaultNotificationTopics").valueStream().map(JsonNode::asString))
				.containsExactlyInAnyOrderElementsOf(Stream.of(NotificationTopic.values()).map(Enum::name).toList());

		var bad = admin.patch("/api/v1/settings", Map.of("defaultPhoneRegion", "XX", "invitationTtlHours", 0));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("defaultPhoneRegion", "invitationTtlHours");
		var changed = admin.with("If-Match", settings.header("ETag")).patch("/api/v1/settings",
				Map.of("passwordResetTtlHours", 24));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("passwordResetTtlHours").asInt()).isEqualTo(24);
		assertThat(changed.json().get("invitationTtlHours").asInt()).as("what the patch does not name stays").isEqualTo(48);
		assertThat(admin.with("If-Match", settings.header("ETag")).patch("/api/v1/settings",
				Map.of("passwordResetTtlHours", 12)).status()).isEqualTo(412);
		assertThat(admin.patch("/api/v1/settings", Map.of("passwordResetTtlHours", 48)).status()).isEqualTo(200);
	}
}
