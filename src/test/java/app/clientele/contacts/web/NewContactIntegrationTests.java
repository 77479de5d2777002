package app.clientele.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "New contact" on the Contacts page: the account first, through the account picker, then its contact form. */
@IntegrationTest
class NewContactIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theContactsPageOffersNewContactWithAnAccountPicker() {
		Console console = console(Role.MARKETEER);
		assertThat(console.get("/contacts").body()).contains("href=\"/contacts/new\"");
		var chooser = console.get("/contacts/new");
		assertThat(chooser.statusCode()).isEqualTo(200);
		assertThat(chooser.body()).contains("<h1>New contact</h1>").contains("id=\"new-contact-account-search\"")
				.contains("hx-get=\"/accounts/picker?field=accountId\"");
	}

	@Test
	void choosingAnAccountOpensItsContactForm() {
		Api admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = admin.post("/api/v1/accounts", Map.of("name", "Chosen " + UUID.randomUUID())).id();
		var chosen = console(Role.SALES).get("/contacts/new?q=Chosen&accountId=" + account);
		assertThat(chosen.statusCode()).isEqualTo(302);
		assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith("/accounts/" + account + "/contacts/new");
	}

	@Test
	void continuingWithoutAnAccountAsksForOne() {
		var page = console(Role.SALES).get("/contacts/new?q=nothing+chosen");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Choose an account first.");
	}

	@Test
	void anAccountThatDoesNotExistIsNotFoundAndAMalformedOneIsRefused() {
		Console console = console(Role.SALES);
		assertThat(console.get("/contacts/new?accountId=" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(console.get("/contacts/new?accountId=not-an-id").statusCode()).isEqualTo(400);
	}

	private Console console(Role role) {
		TestUsers.token(new Api(port), role);
		return Console.signIn(port, role.name().toLowerCase() + "@staff.example.com", TestUsers.PASSWORD);
	}
}
