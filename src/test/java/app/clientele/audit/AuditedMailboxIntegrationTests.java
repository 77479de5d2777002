package app.clientele.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * A credential link read in the Mailbox. Only an email still waiting shows its live link, so this
 * runs Clientele without SMTP (as {@code MailboxWithoutSmtpIntegrationTests} does): email waits.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"clientele.admin-email=" + TestUsers.ADMIN_EMAIL, "clientele.admin-password=" + TestUsers.ADMIN_PASSWORD,
		"clientele.public-url=https://clientele.test", "clientele.test.no-smtp=true" })
@DirtiesContext
class AuditedMailboxIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void recordsEachCredentialLinkShownInTheMailboxWithWhoSawItButNotTheLink() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Mailbox Audit " + TestData.suffix())).id();
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Max", "lastName",
				"Box" + TestData.suffix(), "email", TestData.email("max"), "confirmNotDuplicate", true)).id();
		assertThat(api.post("/api/v1/contacts/" + contact + "/portal/invitations", null).status()).isEqualTo(200);
		String email = api.get("/api/v1/contacts/" + contact + "/emails").json().get("items").get(0).get("id").asString();

		String page = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).get("/mailbox/" + email)
				.body();

		List<JsonNode> shown = api.get("/api/v1/audit?action=CREDENTIAL_LINK_SHOWN_IN_MAILBOX").json().get("items")
				.valueStream().filter(e -> e.get("target").get("id").asString().equals(contact)).toList();
		assertThat(shown).hasSize(1);
		assertThat(shown.getFirst().get("actor").asString()).isEqualTo("Administrator (staff)");
		assertThat(shown.getFirst().get("details").get("emailId").asString()).isEqualTo(email);
		String token = page.replaceAll("(?s).*portal/activate\\?token=([A-Za-z0-9_-]+).*", "$1");
		assertThat(token).isNotBlank().isNotEqualTo(page);
		assertThat(api.get("/api/v1/audit").text()).doesNotContain(token);
	}
}
