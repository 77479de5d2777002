package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** ADMIN edits, previews and switches off templates through the API, in the contract's style. */
@IntegrationTest
class EmailTemplateIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
	}

	@Test
	void everyTemplateIsListedWithItsTexts() {
		JsonNode items = api.get("/api/v1/email-templates").json().get("items");
		assertThat(items).hasSize(TemplateKey.values().length);
		assertThat(items.findValuesAsString("key")).contains("WELCOME", "PORTAL_INVITATION", "SET_PASSWORD",
				"PASSWORD_RESET", "SELF_REGISTRATION", "LOGIN_REQUEST_APPROVED", "NOTIFICATION_INVOICE",
				"NOTIFICATION_PAST_DUE", "CAMPAIGN");
		for (JsonNode t : items) {
			assertThat(t.get("subject").asString()).as(t.get("key").asString()).isNotBlank();
			assertThat(t.get("htmlBody").asString()).isNotBlank();
			assertThat(t.get("textBody").asString()).isNotBlank();
			assertThat(t.get("placeholders").toString()).contains("contactName", "accountName", "link", "companyName");
		}
		var one = api.get("/api/v1/email-templates/portal-invitation");
		assertThat(one.json().get("key").asString()).isEqualTo("PORTAL_INVITATION");
		assertThat(one.header("ETag")).isEqualTo("\"" + one.json().get("version").asLong() + "\"");
		assertThat(api.get("/api/v1/email-templates/NO_SUCH").status()).isEqualTo(404);
	}

	@Test
	void anAdminEditsATemplateWithMergePatchAndIfMatch(@Autowired MailOutbox mail,
			@Autowired PlatformTransactionManager transactions) {
		var before = api.get("/api/v1/email-templates/NOTIFICATION_CONTRACT");
		var edited = api.with("If-Match", before.header("ETag")).patch("/api/v1/email-templates/NOTIFICATION_CONTRACT",
				Map.of("subject", "Please sign contract {{documentNumber}}"));
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().get("subject").asString()).isEqualTo("Please sign contract {{documentNumber}}");
		assertThat(edited.json().get("textBody").asString()).isEqualTo(before.json().get("textBody").asString());
		assertThat(edited.json().get("customised").asBoolean()).isTrue();
		assertThat(edited.json().get("version").asLong()).isEqualTo(before.json().get("version").asLong() + 1);

		var stale = api.with("If-Match", before.header("ETag")).patch("/api/v1/email-templates/NOTIFICATION_CONTRACT",
				Map.of("subject", "Lost update"));
		assertThat(stale.status()).isEqualTo(412);

		String address = TestData.email("contract");
		new TransactionTemplate(transactions).executeWithoutResult(tx -> mail.queue(OutgoingEmail.of(
				TemplateKey.NOTIFICATION_CONTRACT, null, address, "Signer", Map.of("documentNumber", "C-7"))));
		assertThat(TestSmtp.awaitMessageTo(address).subject()).isEqualTo("Please sign contract C-7");
	}

	@Test
	void aTemplateRefusesWhatItCannotSend() {
		String path = "/api/v1/email-templates/NOTIFICATION_ESTIMATE";
		var typo = api.patch(path, Map.of("textBody", "Hello {{contactNmae}}"));
		assertThat(typo.status()).isEqualTo(400);
		assertThat(typo.json().get("errors").get(0).get("field").asString()).isEqualTo("textBody");
		assertThat(typo.json().get("errors").get(0).get("message").asString()).contains("{{contactNmae}}");
		assertThat(api.patch(path, Map.of("subject", "Two\nlines")).status()).isEqualTo(400);
		assertThat(api.patch(path, Map.of("subject", "")).status()).isEqualTo(400);
		assertThat(api.patch(path, Map.of("enabled", "sometimes")).status()).isEqualTo(400);
		assertThat(api.patch(path, Map.of("body", "unknown field")).status()).isEqualTo(400);
	}

	@Test
	void previewRendersSampleValuesOrAnUnsavedDraft() {
		var saved = api.post("/api/v1/email-templates/WELCOME/preview", null);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("text").asString()).startsWith("Hello Ada,");
		assertThat(saved.json().get("html").asString()).startsWith("<!DOCTYPE html>");

		var draft = api.post("/api/v1/email-templates/WELCOME/preview", Map.of("subject", "Hi {{contactName}}",
				"htmlBody", "<p>{{accountName}}</p>", "values", Map.of("accountName", "<Acme & Sons>")));
		assertThat(draft.json().get("subject").asString()).isEqualTo("Hi Ada Lovelace");
		assertThat(draft.json().get("html").asString()).contains("<p>&lt;Acme &amp; Sons&gt;</p>");
		assertThat(api.get("/api/v1/email-templates/WELCOME").json().get("subject").asString())
				.as("a preview saves nothing").doesNotContain("Hi {{contactName}}");
	}
}
