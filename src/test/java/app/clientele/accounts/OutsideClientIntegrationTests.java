package app.clientele.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The journey of an integrator who knows only the contract: token, account class, account,
 * site, paging and search, patch with If-Match and a stale one refused.
 */
@IntegrationTest
class OutsideClientIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anIntegratorSetsUpACustomerThroughTheApi() {
		Api anonymous = new Api(port);
		var token = anonymous.post("/api/v1/auth/token",
				Map.of("email", TestUsers.ADMIN_EMAIL, "password", TestUsers.ADMIN_PASSWORD));
		assertThat(token.status()).isEqualTo(200);
		assertThat(token.json().get("expiresAt").asString()).isNotBlank();
		Api api = anonymous.as(token.json().get("token").asString());

		String tag = UUID.randomUUID().toString().substring(0, 8);
		var cls = api.post("/api/v1/account-classes", Map.of("name", "Commercial " + tag, "portalEnabled", true,
				"autoSendPortalInvite", false, "allowInvoiceVerifiedSelfRegistration", false));
		assertThat(cls.status()).isEqualTo(201);
		assertThat(cls.header("Location")).isEqualTo("/api/v1/account-classes/" + cls.id());

		var account = api.post("/api/v1/accounts", Map.of("name", "Renovation Gym " + tag, "number", "N-" + tag,
				"accountClassId", cls.id(), "status", "ACTIVE"));
		assertThat(account.status()).isEqualTo(201);
		assertThat(account.header("Location")).isEqualTo("/api/v1/accounts/" + account.id());
		assertThat(account.header("ETag")).isEqualTo("\"" + account.json().get("version").asLong() + "\"");
		assertThat(account.json().get("accountClassId").asString()).isEqualTo(cls.id());

		var site = api.post("/api/v1/accounts/" + account.id() + "/sites",
				Map.of("name", "Downtown", "address", "225 Rice St, Saint Paul"));
		assertThat(site.status()).isEqualTo(201);
		assertThat(site.header("Location")).isEqualTo("/api/v1/accounts/" + account.id() + "/sites/" + site.id());
		var sites = api.get("/api/v1/accounts/" + account.id() + "/sites").json();
		assertThat(sites.get("items")).hasSize(1);
		assertThat(sites.get("next").isNull()).isTrue();

		for (int i = 0; i < 4; i++) {
			assertThat(api.post("/api/v1/accounts", Map.of("name", "Pager " + tag + " " + i)).status()).isEqualTo(201);
		}
		List<String> names = new ArrayList<>();
		String after = null;
		do {
			JsonNode page = api.get("/api/v1/accounts?limit=2&q=" + Api.q("pager " + tag)
					+ (after == null ? "" : "&after=" + after)).json();
			page.get("items").forEach(item -> names.add(item.get("name").asString()));
			after = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (after != null);
		assertThat(names).containsExactly("Pager " + tag + " 0", "Pager " + tag + " 1", "Pager " + tag + " 2",
				"Pager " + tag + " 3");

		var found = api.get("/api/v1/accounts?q=" + Api.q("N-" + tag)).json().get("items");
		assertThat(found).hasSize(1);
		assertThat(found.get(0).get("id").asString()).isEqualTo(account.id());

		String etag = api.get("/api/v1/accounts/" + account.id()).header("ETag");
		var patched = api.with("If-Match", etag).patch("/api/v1/accounts/" + account.id(), Map.of("status", "INACTIVE"));
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().get("status").asString()).isEqualTo("INACTIVE");
		assertThat(patched.json().get("name").asString()).isEqualTo("Renovation Gym " + tag);

		var stale = api.with("If-Match", etag).patch("/api/v1/accounts/" + account.id(), Map.of("name", "Lost update"));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.json().get("type").asString()).endsWith("/problems/stale-version");
		assertThat(api.get("/api/v1/accounts/" + account.id()).json().get("name").asString())
				.isEqualTo("Renovation Gym " + tag);
	}
}
