package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal home shows what a customer came for, within exactly what they may see: the open
 * invoices' total per currency, the next due date, and the count of each kind of document per
 * module; modules the person lacks or that hold nothing are not shown.
 */
@IntegrationTest
class PortalHomeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	PortalTestSupport portal;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		portal = new PortalTestSupport(port, api, jdbc);
		account = portal.account();
	}

	@Test
	void amountDueSumsOpenInvoicesPerCurrencyWithinTheContactsAccess() {
		String north = portal.site(account, "North");
		String south = portal.site(account, "South");
		document(account, "INVOICE", "amount", 100, "currency", "USD", "dueDate", "2031-03-01");
		document(account, "INVOICE", "amount", 50.5, "currency", "USD", "dueDate", "2031-02-01", "siteId", north);
		document(account, "INVOICE", "amount", 20, "currency", "EUR", "dueDate", "2031-04-01", "status", "PAST_DUE");
		document(account, "INVOICE", "amount", 999, "currency", "USD", "dueDate", "2030-01-01", "status", "PAID");
		document(account, "INVOICE", "amount", 333, "currency", "USD", "dueDate", "2030-01-02", "status", "CANCELLED");
		document(account, "INVOICE", "amount", 7000, "currency", "USD", "dueDate", "2030-01-03", "siteId", south);
		document(account, "CREDIT_NOTE", "amount", 40, "currency", "USD");
		document(portal.account(), "INVOICE", "amount", 5000, "currency", "GBP", "dueDate", "2030-01-04");

		Console home = signedIn(List.of("INVOICES"), false, List.of(north));
		String page = home.get("/portal/").body();
		assertThat(page).contains("data-amount-due").contains("data-currency=\"EUR\"").contains("data-currency=\"USD\"")
				.doesNotContain("data-currency=\"GBP\"");
		assertThat(page).contains(">USD 150.50<").contains(">EUR 20.00<");
		assertThat(page).contains("datetime=\"2031-02-01\"").contains("Next due date");
	}

	@Test
	void aContactWhoMayNotSeeInvoicesSeesNoAmountDue() {
		document(account, "INVOICE", "amount", 100, "currency", "USD", "dueDate", "2031-03-01");
		document(account, "ESTIMATE", "amount", 80, "currency", "USD");
		String page = signedIn(List.of("ESTIMATES"), true, List.of()).get("/portal/").body();
		assertThat(page).doesNotContain("data-amount-due").doesNotContain("data-next-due").doesNotContain("USD 100.00");
		assertThat(page).contains("data-module=\"ESTIMATES\"");
	}

	@Test
	void homeCountsDocumentsPerModuleAndHidesModulesTheContactLacksOrThatAreEmpty() {
		document(account, "INVOICE");
		document(account, "INVOICE");
		document(account, "CREDIT_NOTE");
		document(account, "ESTIMATE");
		document(account, "CONTRACT");
		String page = signedIn(List.of("INVOICES", "ESTIMATES", "SUPPORT"), true, List.of()).get("/portal/").body();
		assertThat(page).contains("data-module=\"INVOICES\"").contains("data-module=\"ESTIMATES\"")
				.as("no access").doesNotContain("data-module=\"CONTRACTS\"")
				.as("nothing in it").doesNotContain("data-module=\"SUPPORT\"");
		assertThat(page).contains("2 invoices").contains("1 credit note").contains("1 estimate").doesNotContain("1 contract");
	}

	@Test
	void aContactWithAccessToOnlyEmptyModulesIsToldNothingWasSharedYet() {
		String page = signedIn(List.of("SUPPORT"), true, List.of()).get("/portal/").body();
		assertThat(page).contains("data-empty-state").contains("Nothing has been shared with you yet")
				.doesNotContain("data-module=");
	}

	private Console signedIn(List<String> permissions, boolean allSites, List<String> sites) {
		PortalTestSupport.Active active = portal.activeContact(account);
		api.put("/api/v1/contacts/" + active.id() + "/portal", Map.of("enabled", true, "permissions", permissions,
				"allSites", allSites, "siteIds", sites));
		return Console.portalSignIn(port, active.email(), PortalTestSupport.PASSWORD);
	}

	private void document(String accountId, String type, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("type", type, "number", type + "-" + TestData.suffix(),
				"title", "A " + type.toLowerCase()));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		var created = api.post("/api/v1/accounts/" + accountId + "/documents", body);
		assertThat(created.status()).as("creating %s: %s", type, created).isEqualTo(201);
	}
}
