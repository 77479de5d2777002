package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's email pages: templates and Mailbox for ADMIN, each contact's emails for all staff. */
@IntegrationTest
class MailConsoleIntegrationTests {

	@LocalServerPort
	int port;

	Console admin() {
		return Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
	}

	@Test
	void anAdminEditsPreviewsAndSwitchesOffATemplateInTheConsole() {
		Console console = admin();
		var list = console.get("/email-templates");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Portal invitation", "Notification: past due", "Campaign");

		var page = console.get("/email-templates/notification-project");
		assertThat(page.body()).contains("name=\"subject\"", "srcdoc=", "Hello Ada,");
		String version = page.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

		var preview = console.submit("/email-templates/NOTIFICATION_PROJECT/preview", Map.of("enabled", "true",
				"subject", "Draft {{documentTitle}}", "textBody", "Draft text for {{contactName}}", "htmlBody", "<p>x</p>",
				"version", version));
		assertThat(preview.body()).contains("Draft Maintenance, November", "Draft text for Ada Lovelace");

		var saved = console.submit("/email-templates/NOTIFICATION_PROJECT", Map.of("subject", "Project {{documentTitle}}",
				"textBody", "Text {{link}}", "htmlBody", "<p>{{link}}</p>", "version", version));
		assertThat(saved.body()).contains("Template saved.", ">Off<");
		var refused = console.submit("/email-templates/NOTIFICATION_PROJECT", Map.of("enabled", "true", "subject",
				"{{nope}}", "textBody", "t", "htmlBody", "h", "version", String.valueOf(Long.parseLong(version) + 1)));
		assertThat(refused.body()).contains("{{nope}}");
	}

	@Test
	void theMailboxListsAndShowsEmailWithTheHtmlPartSandboxed(@Autowired MailOutbox mail) {
		String address = TestData.email("mailbox");
		UUID id = mail.queue(OutgoingEmail.of(TemplateKey.NOTIFICATION_INVOICE, null, address, "Mia Box",
				Map.of("documentNumber", "INV-9", "documentTitle", "<i>Repairs</i>"))).orElseThrow();
		TestSmtp.awaitMessageTo(address);
		Console console = admin();

		var list = console.get("/mailbox");
		assertThat(list.body()).contains("Invoice INV-9 from", address);
		var shown = console.get("/mailbox/" + id);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("there is a new invoice", "&lt;i&gt;Repairs&lt;/i&gt;", "sandbox=\"\"",
				"/mailbox/" + id + "/html");
		var html = console.get("/mailbox/" + id + "/html");
		assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
				.contains("default-src 'none'", "sandbox", "frame-ancestors 'self'").doesNotContain("script-src");
		assertThat(html.body()).contains("&lt;i&gt;Repairs&lt;/i&gt;").doesNotContain("<i>Repairs</i>");
		assertThat(console.get("/mailbox/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void onlyAdminsSeeTheMailInTheNavigation() {
		assertThat(admin().get("/").body()).contains("href=\"/mailbox\"", "href=\"/email-templates\"");
		new Api(port).as(TestUsers.token(new Api(port), Role.SALES));
		Console sales = Console.signIn(port, "sales@staff.example.com", TestUsers.PASSWORD);
		assertThat(sales.get("/").body()).doesNotContain("href=\"/mailbox\"");
	}

	@Test
	void aContactPageShowsItsEmails() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Pages " + TestData.suffix())).id();
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Paige",
				"lastName", "Mail" + TestData.suffix(), "email", TestData.email("paige"))).id();
		Console console = admin();
		assertThat(console.get("/contacts/" + contact).body()).contains("/contacts/" + contact + "/emails");
		Awaitility.await().atMost(TestSmtp.WAIT).until(() -> console.get("/contacts/" + contact + "/emails").body(),
				body -> body.contains("Welcome to") && body.contains(">Sent<"));
	}
}
