package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The API conventions of the contract, each on a real endpoint. */
@IntegrationTest
class ConventionsIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void signIn() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
	}

	@Test
	void createdResourcesAnswer201WithLocationBodyAndETag() {
		var created = api.post("/api/v1/accounts", Map.of("name", "Created " + UUID.randomUUID()));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/accounts/" + created.id());
		assertThat(created.json().get("version").isNumber()).isTrue();
		assertThat(created.header("ETag")).isEqualTo("\"" + created.json().get("version").asLong() + "\"");
		assertThat(created.json().get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void unknownFieldsAreRefusedNamingTheField() {
		var response = api.post("/api/v1/accounts", Map.of("name", "Typo Ltd", "stauts", "ACTIVE"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertProblem(response.json(), 400, "invalid-input");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("stauts");
	}

	@Test
	void unknownFieldsInAMergePatchAreRefusedToo() {
		String id = api.post("/api/v1/accounts", Map.of("name", "Patch target " + UUID.randomUUID())).id();
		var response = api.patch("/api/v1/accounts/" + id, Map.of("nmae", "x"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("nmae");
	}

	@Test
	void validationNamesEachFieldAtFault() {
		var response = api.post("/api/v1/accounts", Map.of("name", " ", "status", "SLEEPING"));
		assertThat(response.status()).isEqualTo(400);
		assertProblem(response.json(), 400, "invalid-input");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
		var blank = api.post("/api/v1/accounts", Map.of("name", " "));
		assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void staleIfMatchIsRefusedWith412AndChangesNothing() {
		var created = api.post("/api/v1/accounts", Map.of("name", "Versioned " + UUID.randomUUID()));
		String etag = created.header("ETag");
		assertThat(api.with("If-Match", etag).patch("/api/v1/accounts/" + created.id(), Map.of("number", "V-" + UUID.randomUUID()))
				.status()).isEqualTo(200);
		var stale = api.with("If-Match", etag).patch("/api/v1/accounts/" + created.id(), Map.of("name", "Overwritten"));
		assertThat(stale.status()).isEqualTo(412);
		assertProblem(stale.json(), 412, "stale-version");
		assertThat(api.get("/api/v1/accounts/" + created.id()).json().get("name").asString()).startsWith("Versioned ");
	}

	@Test
	void mergePatchNullRemovesAnOptionalField() {
		var created = api.post("/api/v1/accounts", Map.of("name", "Numbered " + UUID.randomUUID(), "number", "M-" + UUID.randomUUID()));
		Map<String, Object> patch = new HashMap<>();
		patch.put("number", null);
		var patched = api.patch("/api/v1/accounts/" + created.id(), patch);
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().get("number").isNull()).isTrue();
		assertThat(patched.json().get("name").asString()).isEqualTo(created.json().get("name").asString());
	}

	@Test
	void listsPageWithACursorAndRefuseForeignCursors() {
		String tag = UUID.randomUUID().toString();
		for (int i = 0; i < 3; i++) {
			api.post("/api/v1/accounts", Map.of("name", "Paged " + tag + " " + i));
		}
		JsonNode first = api.get("/api/v1/accounts?limit=2&q=" + tag).json();
		assertThat(first.get("items")).hasSize(2);
		JsonNode second = api.get("/api/v1/accounts?limit=2&q=" + tag + "&after=" + first.get("next").asString()).json();
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("next").isNull()).isTrue();
		var bad = api.get("/api/v1/accounts?after=garbage");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("after");
		assertThat(api.get("/api/v1/accounts?limit=0").status()).isEqualTo(400);
	}

	@Test
	void missingOrForeignResourcesAre404() {
		var missing = api.get("/api/v1/accounts/" + UUID.randomUUID());
		assertThat(missing.status()).isEqualTo(404);
		assertProblem(missing.json(), 404, "not-found");
		assertThat(api.get("/api/v1/accounts/not-a-uuid").status()).isEqualTo(400);
	}

	@Test
	void brokenJsonIsA400WithoutAStackTrace() {
		var response = api.send("POST", "/api/v1/accounts", "{\"name\": ", "application/json");
		assertThat(response.status()).isEqualTo(400);
		assertProblem(response.json(), 400, "invalid-input");
		assertThat(response.text()).doesNotContain("Exception").doesNotContain("at app.clientele")
				.doesNotContain("tools.jackson");
	}

	@Test
	void handlersAreFoundByTheirPathFirst(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
		assertThat(mapping.getClass().getName()).isEqualTo("app.clientele.platform.web.PathFirstHandlerMapping$Mapping");
		assertThat(api.get("/api/v1/accounts/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void wrongMethodAndWrongMediaTypeAreProblemsToo() {
		var method = api.send("DELETE", "/api/v1/settings", null, null);
		assertThat(method.status()).isIn(403, 405);
		var media = api.send("POST", "/api/v1/accounts", "name=x", "text/plain");
		assertThat(media.status()).isEqualTo(415);
		assertThat(media.json().get("type").asString()).endsWith("/problems/unsupported-media-type");
	}

	@Test
	void missingTokenIs401AsAProblem() {
		var response = new Api(port).get("/api/v1/accounts");
		assertThat(response.status()).isEqualTo(401);
		assertProblem(response.json(), 401, "unauthorized");
		assertThat(new Api(port).as("clt_forged").get("/api/v1/accounts").status()).isEqualTo(401);
	}

	@Test
	void everyPageCarriesTheOneContentSecurityPolicy() {
		Api anonymous = new Api(port);
		for (String page : new String[] { "/login", "/portal/login", "/unsubscribe/not-a-token" }) {
			assertThat(anonymous.get(page).header("Content-Security-Policy")).as(page)
					.isEqualTo(ContentSecurityPolicy.PAGES);
		}
		assertThat(ContentSecurityPolicy.PAGES).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
	}

	static void assertProblem(JsonNode problem, int status, String slug) {
		assertThat(problem.get("type").asString()).endsWith("/problems/" + slug);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
	}
}
