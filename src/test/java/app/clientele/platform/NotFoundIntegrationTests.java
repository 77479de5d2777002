package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * "Not found" and "forbidden" are different answers: a signed-in caller asking for a path or a
 * record that does not exist hears 404 (the console's page keeps its header and menu), 403 only
 * where the role is the reason. Callers who are not signed in hear 401 (or see the sign-in page)
 * for every path, existing or not.
 */
@IntegrationTest
class NotFoundIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	UnknownPaths unknownPaths;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void answersNotFoundForAnApiPathThatDoesNotExistWhateverTheRole() {
		for (Role role : Role.values()) {
			Api api = api(role);
			for (String method : new String[] { "GET", "POST", "DELETE" }) {
				var answer = api.send(method, "/api/v1/no-such-thing", method.equals("POST") ? Map.of() : null,
						method.equals("POST") ? "application/json" : null);
				assertThat(answer.status()).as("%s /api/v1/no-such-thing as %s", method, role).isEqualTo(404);
				assertThat(answer.json().get("type").asString()).isEqualTo("https://clientele.app/problems/not-found");
			}
			assertThat(api.get("/api/v1/contacts/" + UUID.randomUUID() + "/no-such-part").status())
					.as("an unknown part of a contact as %s", role).isEqualTo(404);
		}
	}

	@Test
	void answersNotFoundForAnApiRecordThatDoesNotExist() {
		for (Role role : Role.values()) {
			assertThat(api(role).get("/api/v1/contacts/" + UUID.randomUUID()).status()).as(role.name()).isEqualTo(404);
		}
	}

	@Test
	void answersForbiddenWhereTheRoleIsTheReason() {
		Api sales = api(Role.SALES);
		var refused = sales.get("/api/v1/staff");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("type").asString()).isEqualTo("https://clientele.app/problems/forbidden");
		assertThat(sales.send("HEAD", "/api/v1/staff", null, null).status()).as("HEAD is GET's twin").isEqualTo(403);
		assertThat(api(Role.MARKETEER).delete("/api/v1/contacts/" + UUID.randomUUID()).status()).isEqualTo(403);
	}

	@Test
	void answersMethodNotAllowedForAnotherMethodOnAnExistingPath() {
		var answer = api(Role.ADMIN).delete("/api/v1/accounts");
		assertThat(answer.status()).isEqualTo(405);
		assertThat(answer.header("Allow")).contains("GET").contains("POST");
	}

	@Test
	void answersUnauthorizedWithoutATokenWhetherThePathExistsOrNot() {
		Api anonymous = new Api(port);
		for (String path : new String[] { "/api/v1/no-such-thing", "/api/v1/staff", "/api/v1/contacts/" + UUID.randomUUID() }) {
			assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
			assertThat(anonymous.as("not-a-token").get(path).status()).as(path + " with a bad token").isEqualTo(401);
		}
	}

	@Test
	void showsPageNotFoundWithTheHeaderForAnUnknownConsolePathOrRecord() {
		for (Role role : Role.values()) {
			Console console = console(role);
			for (String path : new String[] { "/no-such-page", "/contacts/" + UUID.randomUUID(),
					"/accounts/" + UUID.randomUUID(), "/accounts/" + UUID.randomUUID() + "/no-such-tab" }) {
				var page = console.get(path);
				assertThat(page.statusCode()).as("%s as %s", path, role).isEqualTo(404);
				assertThat(page.body()).as("%s as %s", path, role).contains("<h1>Page not found</h1>")
						.contains("nav aria-label=\"Main\"").contains("id=\"global-search\"").contains("Sign out")
						.doesNotContain("Forbidden").doesNotContain("ask an administrator");
			}
		}
	}

	@Test
	void showsForbiddenWithTheHeaderWhereTheRoleIsTheReason() {
		var page = console(Role.SALES).get("/staff");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("<h1>Forbidden</h1>").contains("nav aria-label=\"Main\"")
				.doesNotContain("Page not found");
		assertThat(console(Role.SALES).send("HEAD", "/staff").statusCode()).as("HEAD is GET's twin").isEqualTo(403);
	}

	@Test
	void sendsStrangersToTheSignInPageWhetherThePathExistsOrNot() {
		for (String path : new String[] { "/no-such-page", "/staff", "/contacts/" + UUID.randomUUID() }) {
			var answer = Console.anonymous(port).get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
		}
	}

	/**
	 * The last rule of the chains lets a signed-in caller through only where no controller serves
	 * the path and method: every endpoint the application maps, for any role, stays with the rules
	 * that name it, so one that no rule names is denied.
	 */
	@Test
	void neverLetsThroughAnEndpointAControllerServes() {
		Authentication admin = new UsernamePasswordAuthenticationToken("admin", null,
				AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_SALES", "ROLE_MARKETEER"));
		Supplier<Authentication> signedIn = () -> admin;
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
			var methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
			for (String method : methods.isEmpty() ? java.util.List.of("GET", "POST") : methods) {
				var request = new MockHttpServletRequest(method, pattern.replaceAll("\\{\\*?[^}]+}", UUID.randomUUID().toString()));
				assertThat(unknownPaths.authorize(signedIn, new RequestAuthorizationContext(request)).isGranted())
						.as("%s %s", method, pattern).isFalse();
			}
		}));
		var unknown = new MockHttpServletRequest("GET", "/api/v1/no-such-thing");
		assertThat(unknownPaths.authorize(signedIn, new RequestAuthorizationContext(unknown)).isGranted()).isTrue();
	}

	@Test
	void refusesOptionsThatWouldListTheMethodsOfAServedPath() {
		Supplier<Authentication> signedIn = () -> new UsernamePasswordAuthenticationToken("admin", null,
				AuthorityUtils.createAuthorityList("ROLE_MARKETEER"));
		var options = new MockHttpServletRequest("OPTIONS", "/api/v1/contacts/" + UUID.randomUUID() + "/portal");
		assertThat(unknownPaths.authorize(signedIn, new RequestAuthorizationContext(options)).isGranted()).isFalse();
	}

	private Api api(Role role) {
		Api api = new Api(port);
		return api.as(role == Role.ADMIN ? TestUsers.adminToken(api) : TestUsers.token(api, role));
	}

	private Console console(Role role) {
		TestUsers.token(new Api(port), role);
		return role == Role.ADMIN ? Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD)
				: Console.signIn(port, role.name().toLowerCase() + "@staff.example.com", TestUsers.PASSWORD);
	}
}
