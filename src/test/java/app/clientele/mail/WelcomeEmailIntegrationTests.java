package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.ReceivedEmail;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The welcome email of the product rules: when a new contact gets it, and every reason it does not. */
@IntegrationTest
class WelcomeEmailIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MailEvents events;

	@Autowired
	JdbcClient jdbc;

	Api api;
	String account;
	String accountName;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		accountName = "Welcome Works " + TestData.suffix();
		account = api.post("/api/v1/accounts", Map.of("name", accountName)).id();
	}

	Api.Response create(String email, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("firstName", "Wendy", "lastName", "Welcome" + TestData.suffix(),
				"email", email));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		var created = api.post("/api/v1/accounts/" + account + "/contacts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created;
	}

	List<JsonNode> emails(String contactId) {
		List<JsonNode> items = new java.util.ArrayList<>();
		api.get("/api/v1/contacts/" + contactId + "/emails").json().get("items").forEach(items::add);
		return items;
	}

	@Test
	void welcomeEmailOnCreation() {
		String email = TestData.email("wendy");
		var created = create(email);
		String companyName = api.get("/api/v1/settings").json().get("companyName").asString();

		ReceivedEmail received = TestSmtp.awaitMessageTo(email);
		assertThat(received.subject()).isEqualTo("Welcome to " + companyName);
		assertThat(received.to().getAddress()).isEqualTo(email);
		assertThat(received.to().getPersonal()).isEqualTo(created.json().get("firstName").asString() + " "
				+ created.json().get("lastName").asString());
		assertThat(received.from().getPersonal()).isEqualTo(companyName);
		assertThat(received.text()).startsWith("Hello Wendy,").contains(companyName);
		assertThat(received.html()).contains("<p>Hello Wendy,</p>");
		assertThat(received.messageId()).matches("<[0-9a-f-]{36}@clientele\\.test>");
		assertThat(jdbc.sql("SELECT placeholder_values ->> 'accountName' FROM outbox_email WHERE contact_id = ?")
				.param(java.util.UUID.fromString(created.id())).query(String.class).single())
				.as("the account's name, for templates that use {{accountName}}").isEqualTo(accountName);

		Awaitility.await().atMost(TestSmtp.WAIT).until(() -> emails(created.id()).getFirst().get("status").asString(),
				"SENT"::equals);
		JsonNode history = emails(created.id()).getFirst();
		assertThat(history.get("template").asString()).isEqualTo("WELCOME");
		assertThat(history.get("subject").asString()).isEqualTo(received.subject());
		assertThat(history.get("sentAt").asString()).isNotBlank();
		assertThat(history.get("campaignId").isNull()).isTrue();
		JsonNode timeline = api.get("/api/v1/contacts/" + created.id() + "/activity").json().get("items");
		assertThat(timeline.findValuesAsString("type")).contains("EMAIL_QUEUED", "EMAIL_SENT");
		assertThat(events.sent()).anySatisfy(sent -> {
			assertThat(sent.contactId()).hasToString(created.id());
			assertThat(sent.template()).isEqualTo(TemplateKey.WELCOME);
		});
	}

	@Test
	void noWelcomeWhenTemplateOff() {
		var template = api.get("/api/v1/email-templates/WELCOME");
		api.with("If-Match", template.header("ETag")).patch("/api/v1/email-templates/WELCOME", Map.of("enabled", false));
		try {
			var created = create(TestData.email("off"));
			assertThat(emails(created.id())).isEmpty();
		}
		finally {
			api.patch("/api/v1/email-templates/WELCOME", Map.of("enabled", true));
		}
	}

	@Test
	void noWelcomeWhenTheSettingIsOff() {
		api.patch("/api/v1/settings", Map.of("welcomeEmailEnabled", false));
		try {
			assertThat(emails(create(TestData.email("nosetting")).id())).isEmpty();
		}
		finally {
			api.patch("/api/v1/settings", Map.of("welcomeEmailEnabled", true));
		}
	}

	@Test
	void noWelcomeWhenStaffUntickedIt() {
		assertThat(emails(create(TestData.email("untick"), "sendWelcomeEmail", false).id())).isEmpty();
	}

	@Test
	void noWelcomeWhenDoNotEmail() {
		assertThat(emails(create(TestData.email("dne"), "doNotEmail", true).id())).isEmpty();
	}

	@Test
	void noWelcomeForAnArchivedContact() {
		assertThat(emails(create(TestData.email("inactive"), "active", false).id())).isEmpty();
	}

	@Test
	void noWelcomeWithoutAnEmail() {
		var created = api.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", "No", "lastName", "Address" + TestData.suffix()));
		assertThat(emails(created.id())).isEmpty();
	}

	@Test
	void noWelcomeWhenAnInvitationReplacesIt() {
		var created = create(TestData.email("invited"), "tags", List.of(TestWelcomeReplacement.TAG));
		assertThat(emails(created.id())).isEmpty();
	}
}
