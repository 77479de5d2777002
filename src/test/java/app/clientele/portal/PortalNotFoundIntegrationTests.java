package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal's unknown paths: its own "Page not found" for customers signed in, the sign-in for everyone else. */
@IntegrationTest
class PortalNotFoundIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsThePortalsOwnPageNotFoundToASignedInCustomer() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		PortalTestSupport portal = new PortalTestSupport(port, api, jdbc);
		PortalClient customer = portal.signedIn(portal.activeContact(portal.account()));

		var page = customer.page("/portal/no-such-page");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("<h1>Page not found</h1>").contains("aria-label=\"Portal\"")
				.contains("Back to your portal").doesNotContain("aria-label=\"Main\"").doesNotContain("global-search");
		var call = customer.get("/portal/api/no-such-thing");
		assertThat(call.status()).isEqualTo(404);
		assertThat(call.json().get("type").asString()).isEqualTo("https://clientele.app/problems/not-found");
	}

	@Test
	void sendsStrangersToThePortalSignInWhetherThePathExistsOrNot() {
		PortalClient stranger = new PortalClient(port);
		for (String path : new String[] { "/portal/no-such-page", "/portal/profile" }) {
			var answer = stranger.page(path);
			assertThat(answer.status()).as(path).isEqualTo(302);
			assertThat(answer.header("Location")).as(path).endsWith("/portal/login");
		}
		assertThat(stranger.get("/portal/api/no-such-thing").status()).isEqualTo(401);
	}
}
