package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A password set through a link the person got by email says nothing of the Mailbox; one shown
 * there first does ({@code MailboxWithoutSmtpIntegrationTests}).
 */
@IntegrationTest
class PasswordSetTimelineIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPasswordSetThroughAnEmailedLinkSaysNothingOfTheMailbox() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		var portal = new PortalTestSupport(port, api, jdbc);
		var active = portal.activeContact(portal.account());

		var activated = api.get("/api/v1/contacts/" + active.id() + "/activity").json().get("items").valueStream()
				.filter(e -> e.get("type").asString().equals("PORTAL_ACTIVATED")).toList();
		assertThat(activated).hasSize(1);
		assertThat(activated.getFirst().get("details").has("reason")).isFalse();
		assertThat(activated.getFirst().get("details").has("shownInMailboxBy")).isFalse();
	}
}
