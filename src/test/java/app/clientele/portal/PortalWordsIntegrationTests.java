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
import app.clientele.ReceivedEmail;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the portal and its emails say to a customer is written for them, not for the API. */
@IntegrationTest
class PortalWordsIntegrationTests {

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
	void theInvitationSaysHowLongItsLinkWorksFromTheSetting() {
		assertThat(api.patch("/api/v1/settings", Map.of("invitationTtlHours", 72)).status()).isEqualTo(200);
		try {
			String address = TestData.email("lasting");
			String id = portal.contact(portal.account(), address).id();
			assertThat(api.post("/api/v1/contacts/" + id + "/portal/invitations", null).status()).isEqualTo(200);
			// The welcome email may arrive first: the invitation is the one carrying a portal link.
			ReceivedEmail invitation = org.awaitility.Awaitility.await().atMost(TestSmtp.WAIT)
					.until(() -> TestSmtp.messagesTo(address).stream().map(ReceivedEmail::of)
							.filter(m -> m.text().contains("/portal/")).findFirst(), java.util.Optional::isPresent)
					.orElseThrow();
			assertThat(invitation.text()).contains("The link works once, for 72 hours.").doesNotContain("limited time");
			assertThat(invitation.html()).contains("The link works once, for 72 hours.");
		}
		finally {
			api.patch("/api/v1/settings", Map.of("invitationTtlHours", 48));
		}
	}

	@Test
	void aWrongCurrentPasswordIsRefusedInWordsForThePerson() {
		PortalTestSupport.Active active = portal.activeContact(portal.account());
		Console browser = Console.anonymous(port);
		var login = browser.get("/portal/login");
		post(browser, login, "/portal/login", Map.of("email", active.email(), "password", PortalTestSupport.PASSWORD));
		var profile = browser.get("/portal/profile");
		var refused = post(browser, profile, "/portal/profile/password", Map.of("currentPassword", "not it at all 12",
				"newPassword", "another long passphrase 93"));
		assertThat(refused.body()).contains("That is not your current password.")
				.doesNotContain("Current password is not your current password");
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
