package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Each contact's message history, and sent email as history that keeps a contact from deletion. */
@IntegrationTest
class MessageHistoryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox mail;

	@Autowired
	PlatformTransactionManager transactions;

	Api api;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = api.post("/api/v1/accounts", Map.of("name", "History " + TestData.suffix())).id();
	}

	String contact(String email, boolean welcome) {
		return api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Hilda", "lastName",
				"Story" + TestData.suffix(), "email", email, "sendWelcomeEmail", welcome)).id();
	}

	@Test
	void messageHistoryIsNewestFirstAndPaged() {
		String email = TestData.email("hilda");
		UUID contact = UUID.fromString(contact(email, false));
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			for (String title : new String[] { "First", "Second", "Third" }) {
				mail.queue(OutgoingEmail.of(TemplateKey.NOTIFICATION_TASK, contact, email, "Hilda",
						Map.of("documentTitle", title)));
			}
		});
		Api sales = new Api(port).as(TestUsers.token(new Api(port), Role.SALES));

		JsonNode first = sales.get("/api/v1/contacts/" + contact + "/emails?limit=2").json();
		assertThat(first.get("items")).hasSize(2);
		assertThat(first.get("items").get(0).get("subject").asString()).isEqualTo("Task: Third");
		assertThat(first.get("items").get(1).get("subject").asString()).isEqualTo("Task: Second");
		assertThat(first.get("items").get(0).get("status").asString()).isIn("QUEUED", "SENT");
		assertThat(first.get("items").get(0).has("campaignId")).isTrue();
		JsonNode second = sales.get("/api/v1/contacts/" + contact + "/emails?limit=2&after=" + first.get("next").asString())
				.json();
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("items").get(0).get("subject").asString()).isEqualTo("Task: First");
		assertThat(second.get("next").isNull()).isTrue();

		assertThat(sales.get("/api/v1/contacts/" + contact + "/emails?after=nonsense").status()).isEqualTo(400);
		assertThat(sales.get("/api/v1/contacts/" + UUID.randomUUID() + "/emails").status()).isEqualTo(404);
	}

	@Test
	void sentEmailIsHistory() {
		String email = TestData.email("history");
		String contact = contact(email, true);
		Awaitility.await().atMost(TestSmtp.WAIT).until(
				() -> api.get("/api/v1/contacts/" + contact + "/emails").json().get("items").get(0).get("status").asString(),
				"SENT"::equals);

		var refused = api.delete("/api/v1/contacts/" + contact);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("/problems/contact-has-history");
		assertThat(refused.json().toString()).contains("sent email");
	}
}
