package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Invoice-verified self-registration and request login. */
@IntegrationTest
class RegistrationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	String account;
	String accountNumber;
	String invoice;
	String code;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String cls = api.post("/api/v1/account-classes", Map.of("name", "Self " + TestData.suffix(),
				"allowInvoiceVerifiedSelfRegistration", true)).id();
		accountNumber = "AC-" + TestData.suffix();
		account = api.post("/api/v1/accounts", Map.of("name", "Registers " + TestData.suffix(), "number", accountNumber,
				"accountClassId", cls)).id();
		invoice = "INV-" + TestData.suffix();
		code = "QP" + TestData.suffix();
		api.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE", "number", invoice, "title", "Service",
				"quickPayCode", code));
	}

	@AfterEach
	void forgetThrottle() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	String outcome(String email) {
		return jdbc.sql("SELECT outcome FROM self_registration WHERE email = :e ORDER BY at DESC LIMIT 1")
				.param("e", email).query(String.class).single();
	}

	@Test
	void aMatchingInvoiceCreatesTheContactAndAnActivation() {
		String email = TestData.email("self");
		var answer = new PortalClient(port).post("/portal/api/register", Map.of("invoiceNumber", invoice.toLowerCase(),
				"quickPayCode", code, "name", "Sam Self", "email", email));
		assertThat(answer.status()).isEqualTo(202);
		assertThat(outcome(email)).isEqualTo("MATCHED");
		JsonNode contact = api.get("/api/v1/accounts/" + account + "/contacts").json().get("items").get(0);
		assertThat(contact.get("email").asString()).isEqualTo(email);
		assertThat(contact.get("lastName").asString()).isEqualTo("Self");
		assertThat(contact.get("portalStatus").asString()).isEqualTo("INVITED");
		String token = new PortalTestSupport(port, api, jdbc).token(contact.get("id").asString(), "SELF_REGISTRATION");
		assertThat(new PortalClient(port).post("/portal/api/activate", Map.of("token", token, "password",
				"my own long passphrase")).status()).isEqualTo(200);
	}

	@Test
	void theAccountNumberProvesTheInvoiceToo() {
		String email = TestData.email("byaccount");
		new PortalClient(port).post("/portal/api/register", Map.of("invoiceNumber", invoice, "accountNumber", accountNumber,
				"name", "Ann Account", "email", email));
		assertThat(outcome(email)).isEqualTo("MATCHED");
	}

	@Test
	void registrationWithWrongCodeSendsNothing() {
		String email = TestData.email("wrong");
		var answer = new PortalClient(port).post("/portal/api/register", Map.of("invoiceNumber", invoice, "quickPayCode", "WRONG",
				"name", "Wanda Wrong", "email", email));
		assertThat(answer.status()).isEqualTo(202);
		assertThat(outcome(email)).isEqualTo("NO_MATCH");
		assertThat(api.get("/api/v1/accounts/" + account + "/contacts").json().get("items")).isEmpty();
	}

	@Test
	void registrationAnswerDoesNotRevealMatch() {
		var matched = new PortalClient(port).post("/portal/api/register", Map.of("invoiceNumber", invoice, "quickPayCode", code,
				"name", "Mia Match", "email", TestData.email("match")));
		var unmatched = new PortalClient(port).post("/portal/api/register", Map.of("invoiceNumber", "NOPE-1", "quickPayCode", code,
				"name", "Nia Nomatch", "email", TestData.email("nomatch")));
		var shared = new PortalClient(port).post("/portal/api/register", Map.of("invoiceNumber", invoice, "quickPayCode", code,
				"name", "Ira Info", "email", "info@" + TestData.suffix() + ".example.com"));
		assertThat(matched.status()).isEqualTo(202);
		assertThat(unmatched.status()).isEqualTo(202);
		assertThat(shared.status()).isEqualTo(202);
		assertThat(matched.text()).isEqualTo(unmatched.text()).isEqualTo(shared.text());
	}

	@Test
	void aClassThatDoesNotAllowItSendsNothing() {
		String plain = api.post("/api/v1/accounts", Map.of("name", "Plain " + TestData.suffix())).id();
		String number = "INV-" + TestData.suffix();
		api.post("/api/v1/accounts/" + plain + "/documents", Map.of("type", "INVOICE", "number", number, "title", "S",
				"quickPayCode", "QP1"));
		String email = TestData.email("plain");
		new PortalClient(port).post("/portal/api/register", Map.of("invoiceNumber", number, "quickPayCode", "QP1",
				"name", "Pat Plain", "email", email));
		assertThat(outcome(email)).isEqualTo("NOT_ALLOWED");
	}

	@Test
	void registrationIsThrottledPerInvoice() {
		for (int i = 0; i < SelfRegistration.PER_INVOICE; i++) {
			new PortalClient(port).post("/portal/api/register", Map.of("invoiceNumber", invoice, "quickPayCode", "guess" + i,
					"name", "Guess Er", "email", TestData.email("guess")));
		}
		String email = TestData.email("late");
		new PortalClient(port).post("/portal/api/register", Map.of("invoiceNumber", invoice, "quickPayCode", code,
				"name", "Late Comer", "email", email));
		assertThat(outcome(email)).isEqualTo("THROTTLED");
		assertThat(api.get("/api/v1/self-registrations").json().get("items").size()).isGreaterThan(0);
	}

	@Test
	void requestLoginOffIs404() {
		var off = new PortalClient(port).post("/portal/api/login-requests", Map.of("name", "Req Uester", "email",
				TestData.email("req"), "company", "Co", "message", "Please"));
		assertThat(off.status()).isEqualTo(404);
		assertThat(new PortalClient(port).get("/portal/request-login").status()).isEqualTo(404);
	}

	@Test
	void approvingRequestSendsInvitation() {
		String etag = api.get("/api/v1/settings").header("ETag");
		api.with("If-Match", etag).patch("/api/v1/settings", Map.of("requestLoginEnabled", true));
		try {
			String email = TestData.email("requester");
			assertThat(new PortalClient(port).post("/portal/api/login-requests", Map.of("name", "Rita Requester", "email", email,
					"company", "Registers", "message", "I pay the invoices")).status()).isEqualTo(202);
			JsonNode request = api.get("/api/v1/login-requests?status=PENDING").json().get("items").findParents("email").stream()
					.filter(r -> r.get("email").asString().equals(email)).findFirst().orElseThrow();
			var approved = api.post("/api/v1/login-requests/" + request.get("id").asString() + "/approve",
					Map.of("accountId", account));
			assertThat(approved.status()).isEqualTo(200);
			assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
			String contactId = approved.json().get("contactId").asString();
			assertThat(api.get("/api/v1/contacts/" + contactId).json().get("portalStatus").asString()).isEqualTo("INVITED");
			var approvedEmail = app.clientele.TestSmtp.awaitMessageTo(email);
			assertThat(approvedEmail.text()).contains("https://clientele.test/portal/activate?token=");
			assertThat(api.get("/api/v1/contacts/" + contactId + "/emails").json().get("items").findValuesAsString("template"))
					.contains("LOGIN_REQUEST_APPROVED").doesNotContain("PORTAL_INVITATION");
			assertThat(api.post("/api/v1/login-requests/" + request.get("id").asString() + "/reject", Map.of("reason", "late"))
					.status()).isEqualTo(409);

			String other = TestData.email("rejected");
			new PortalClient(port).post("/portal/api/login-requests", Map.of("name", "Rex Rejected", "email", other));
			JsonNode second = api.get("/api/v1/login-requests?status=PENDING").json().get("items").findParents("email").stream()
					.filter(r -> r.get("email").asString().equals(other)).findFirst().orElseThrow();
			assertThat(api.post("/api/v1/login-requests/" + second.get("id").asString() + "/reject", Map.of()).status()).isEqualTo(400);
			var rejected = api.post("/api/v1/login-requests/" + second.get("id").asString() + "/reject",
					Map.of("reason", "Not a customer"));
			assertThat(rejected.json().get("reason").asString()).isEqualTo("Not a customer");
		}
		finally {
			api.patch("/api/v1/settings", Map.of("requestLoginEnabled", false));
		}
	}
}
