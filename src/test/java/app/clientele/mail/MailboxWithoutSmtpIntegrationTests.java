package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Clientele without an SMTP server, as on a first run: email stays in the outbox and the
 * console's Mailbox shows it, with working links.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"clientele.admin-email=" + TestUsers.ADMIN_EMAIL, "clientele.admin-password=" + TestUsers.ADMIN_PASSWORD,
		"clientele.public-url=https://clientele.test", "clientele.test.no-smtp=true" })
@DirtiesContext
class MailboxWithoutSmtpIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox mail;

	@Autowired
	Outbox outbox;

	@Autowired
	TestLinks links;

	Console admin() {
		return Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
	}

	@Test
	void withoutSmtpMailStaysInTheOutboxAndTheMailboxShowsIt(@Autowired ApplicationContext context) {
		assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "First Run " + TestData.suffix())).id();
		String address = TestData.email("firstrun");
		String contact = api.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", "Fiona", "lastName", "Run" + TestData.suffix(), "email", address)).id();
		var history = api.get("/api/v1/contacts/" + contact + "/emails").json().get("items");
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("status").asString()).isEqualTo("QUEUED");

		Console console = admin();
		var mailbox = console.get("/mailbox");
		assertThat(mailbox.body()).contains("No SMTP server is configured", address, "Welcome to");
		String id = history.get(0).get("id").asString();
		var email = console.get("/mailbox/" + id);
		assertThat(email.body()).contains("Hello Fiona,", "/mailbox/" + id + "/html");
		assertThat(console.get("/mailbox/" + id + "/html").body()).contains("<p>Hello Fiona,</p>");
		assertThat(outbox.find(UUID.fromString(id)).orElseThrow().status()).isEqualTo(EmailStatus.QUEUED);
	}

	@Test
	void aFirstRunUserFollowsAnInvitationLinkFromTheMailbox() {
		String address = TestData.email("invitee");
		UUID id = mail.queue(new OutgoingEmail(TemplateKey.PORTAL_INVITATION, null, address, "Ivy Invitee",
				Map.of("contactFirstName", "Ivy"), links.live(), null, Map.of())).orElseThrow();
		Console console = admin();

		var page = console.get("/mailbox/" + id);
		String issued = links.issuedSecrets().getLast();
		assertThat(page.body()).contains("Links in this email",
				"href=\"https://clientele.test/portal/activate?token=" + issued + "\"");
		int issuedSoFar = links.issuedSecrets().size();
		assertThat(console.get("/mailbox/" + id + "/html").body()).contains("Choose your password")
				.doesNotContain(issued);
		assertThat(links.issuedSecrets()).as("the framed HTML issues no second link").hasSize(issuedSoFar);
	}

	@Test
	void eachCredentialLinkShownInTheMailboxGoesOnTheTimelineWithWhoSawIt() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String contact = invitedContact(api);
		String email = latestEmail(api, contact);
		Console console = admin();

		console.get("/mailbox/" + email);
		console.get("/mailbox/" + email);
		console.get("/mailbox/" + email + "/html");

		var shown = entries(api, contact, "CREDENTIAL_LINK_SHOWN_IN_MAILBOX");
		assertThat(shown).hasSize(2);
		assertThat(shown.getFirst().get("actorKind").asString()).isEqualTo("STAFF");
		assertThat(shown.getFirst().get("actor").asString()).endsWith("(staff)");
		assertThat(shown.getFirst().get("details").get("emailId").asString()).isEqualTo(email);
	}

	@Test
	void aPasswordSetThroughALinkShownInTheMailboxSaysSoOnTheTimeline() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String contact = invitedContact(api);
		String page = admin().get("/mailbox/" + latestEmail(api, contact)).body();
		Matcher link = Pattern.compile("/portal/activate\\?token=([A-Za-z0-9_-]+)").matcher(page);
		assertThat(link.find()).as("an activation link on the page").isTrue();
		String token = link.group(1);

		var activated = new PortalClient(port).post("/portal/api/activate",
				Map.of("token", token, "password", "tulip kettle marathon 7"));
		assertThat(activated.status()).as(activated.toString()).isEqualTo(200);

		var entry = entries(api, contact, "PORTAL_ACTIVATED").getFirst();
		assertThat(entry.get("details").get("reason").asString())
				.isEqualTo("password set through a link Administrator (ADMIN) viewed in the Mailbox");
	}

	private static String invitedContact(Api api) {
		String account = api.post("/api/v1/accounts", Map.of("name", "Mailbox Co " + TestData.suffix())).id();
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Mia",
				"lastName", "Box" + TestData.suffix(), "email", TestData.email("mia"), "confirmNotDuplicate", true)).id();
		var invited = api.post("/api/v1/contacts/" + contact + "/portal/invitations", null);
		assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
		return contact;
	}

	private static String latestEmail(Api api, String contact) {
		return api.get("/api/v1/contacts/" + contact + "/emails").json().get("items").get(0).get("id").asString();
	}

	private static List<JsonNode> entries(Api api, String contact, String type) {
		return api.get("/api/v1/contacts/" + contact + "/activity").json().get("items").valueStream()
				.filter(e -> e.get("type").asString().equals(type)).toList();
	}
}
