package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default: every endpoint of the staff API and console has an explicit role rule. The
 * table below is the roles table of the product rules, endpoint by endpoint; the test walks
 * each role over each endpoint, and fails when an endpoint exists that the table does not name.
 */
@IntegrationTest
class RoleMatrixIntegrationTests {

	static final String ALL = "ADMIN MANAGER SALES MARKETEER";

	/** METHOD path → the roles allowed. Paths as the controllers map them. */
	static final String MATRIX = """
			POST  /api/v1/staff                                  | ADMIN
			GET   /api/v1/staff                                  | ADMIN
			GET   /api/v1/staff/{id}                             | ADMIN
			POST  /api/v1/staff/{id}/disable                     | ADMIN
			POST  /api/v1/staff/{id}/enable                      | ADMIN
			GET   /api/v1/settings                               | ADMIN
			PATCH /api/v1/settings                               | ADMIN
			GET   /api/v1/audit                                  | ADMIN
			GET   /api/v1/audit/verify                           | ADMIN
			GET   /api/v1/audit/export.csv                       | ADMIN
			POST  /api/v1/custom-fields                          | ADMIN
			GET   /api/v1/custom-fields                          | ALL
			GET   /api/v1/custom-fields/{id}                     | ALL
			PATCH /api/v1/custom-fields/{id}                     | ADMIN
			DELETE /api/v1/custom-fields/{id}                    | ADMIN
			POST  /api/v1/account-classes                        | ADMIN
			GET   /api/v1/account-classes                        | ADMIN
			GET   /api/v1/account-classes/{id}                   | ADMIN
			PATCH /api/v1/account-classes/{id}                   | ADMIN
			POST  /api/v1/accounts                               | ALL
			GET   /api/v1/accounts                               | ALL
			GET   /api/v1/accounts/{id}                          | ALL
			PATCH /api/v1/accounts/{id}                          | ALL
			POST  /api/v1/accounts/{id}/sites                    | ALL
			GET   /api/v1/accounts/{id}/sites                    | ALL
			GET   /api/v1/accounts/{id}/sites/{siteId}           | ALL
			PATCH /api/v1/accounts/{id}/sites/{siteId}           | ALL
			POST  /api/v1/accounts/{accountId}/contacts          | ALL
			GET   /api/v1/accounts/{accountId}/contacts          | ALL
			POST  /api/v1/contacts                               | ALL
			GET   /api/v1/contacts                               | ALL
			GET   /api/v1/contacts/duplicates                    | ALL
			GET   /api/v1/contacts/export.csv                    | ADMIN MANAGER
			GET   /api/v1/contacts/export.vcf                    | ADMIN MANAGER
			GET   /api/v1/contacts/{id}/vcard                    | ADMIN MANAGER
			GET   /api/v1/contacts/{id}                          | ALL
			PATCH /api/v1/contacts/{id}                          | ALL
			DELETE /api/v1/contacts/{id}                         | ADMIN
			POST  /api/v1/contacts/bulk-delete                   | ADMIN
			POST  /api/v1/contacts/{id}/archive                  | ALL
			POST  /api/v1/contacts/{id}/restore                  | ALL
			POST  /api/v1/contacts/{id}/make-primary             | ALL
			POST  /api/v1/contacts/{id}/move                     | ALL
			POST  /api/v1/contacts/{id}/merge                    | ADMIN MANAGER
			POST  /api/v1/contacts/{id}/merge/preview            | ADMIN MANAGER
			POST  /api/v1/merges/{mergeId}/undo                  | ADMIN MANAGER
			GET   /api/v1/contacts/{id}/activity                 | ALL
			POST  /api/v1/contacts/{id}/comments                 | ALL
			GET   /api/v1/jobs/{id}                              | ALL
			GET   /api/v1/contacts/{id}/portal                   | ALL
			PUT   /api/v1/contacts/{id}/portal                   | ADMIN MANAGER SALES
			POST  /api/v1/contacts/{id}/portal/invitations       | ADMIN MANAGER SALES
			POST  /api/v1/contacts/{id}/portal/password-reset    | ADMIN MANAGER SALES
			POST  /api/v1/contacts/{id}/portal/revoke            | ADMIN MANAGER SALES
			POST  /api/v1/contacts/{id}/portal/impersonation     | ADMIN
			GET   /contacts/{id}/portal                          | ALL
			POST  /contacts/{id}/portal                          | ADMIN MANAGER SALES
			POST  /contacts/{id}/portal/invite                   | ADMIN MANAGER SALES
			POST  /contacts/{id}/portal/revoke                   | ADMIN MANAGER SALES
			POST  /contacts/{id}/portal/password-reset           | ADMIN MANAGER SALES
			POST  /contacts/{id}/portal/impersonate              | ADMIN
			POST  /api/v1/accounts/{id}/documents                | ALL
			GET   /api/v1/accounts/{id}/documents                | ALL
			GET   /api/v1/documents/{id}                         | ALL
			GET   /api/v1/contacts/{id}/notifications            | ALL
			PUT   /api/v1/contacts/{id}/notifications            | ALL
			GET   /api/v1/documents/{id}/recipients              | ALL
			POST  /api/v1/documents/{id}/send                    | ADMIN MANAGER SALES
			GET   /api/v1/login-requests                         | ADMIN MANAGER SALES
			POST  /api/v1/login-requests/{id}/approve            | ADMIN MANAGER SALES
			POST  /api/v1/login-requests/{id}/reject             | ADMIN MANAGER SALES
			GET   /api/v1/self-registrations                     | ADMIN MANAGER SALES
			GET   /accounts/{id}/documents                       | ALL
			POST  /accounts/{id}/documents                       | ALL
			GET   /documents/{id}/send                           | ALL
			POST  /documents/{id}/send                           | ADMIN MANAGER SALES
			GET   /contacts/{id}/notifications                   | ALL
			POST  /contacts/{id}/notifications                   | ALL
			GET   /invited-contacts                              | ALL
			GET   /login-requests                                | ADMIN MANAGER SALES
			GET   /self-registrations                            | ADMIN MANAGER SALES
			POST  /login-requests/{id}/approve                   | ADMIN MANAGER SALES
			POST  /login-requests/{id}/reject                    | ADMIN MANAGER SALES
			POST  /api/v1/marketing-lists                        | ALL
			GET   /api/v1/marketing-lists                        | ALL
			GET   /api/v1/marketing-lists/{id}                   | ALL
			GET   /api/v1/marketing-lists/{id}/members           | ALL
			POST  /api/v1/marketing-lists/{id}/members           | MANAGER SALES
			DELETE /api/v1/marketing-lists/{id}/members/{contactId} | MANAGER SALES
			GET   /api/v1/marketing-lists/{id}/audience          | ALL
			GET   /api/v1/contacts/{id}/marketing-lists          | ALL
			POST  /api/v1/campaigns                              | ADMIN MANAGER MARKETEER
			GET   /api/v1/campaigns                              | ALL
			GET   /api/v1/campaigns/{id}                         | ALL
			POST  /api/v1/campaigns/{id}/send                    | ADMIN MANAGER MARKETEER
			POST  /api/v1/campaigns/{id}/preview                 | ADMIN MANAGER MARKETEER
			GET   /marketing                                     | ALL
			POST  /marketing/lists                               | ALL
			GET   /marketing/lists/{id}                          | ALL
			GET   /marketing/contact-search                      | ALL
			POST  /marketing/lists/{id}/members                  | MANAGER SALES
			POST  /marketing/lists/{id}/members/{contactId}/remove | MANAGER SALES
			GET   /marketing/campaigns/new                       | ADMIN MANAGER MARKETEER
			POST  /marketing/campaigns                           | ADMIN MANAGER MARKETEER
			GET   /marketing/campaigns/{id}                      | ALL
			POST  /marketing/campaigns/{id}/preview              | ADMIN MANAGER MARKETEER
			POST  /marketing/campaigns/{id}/send                 | ADMIN MANAGER MARKETEER
			GET   /contacts/{id}/marketing-lists                 | ALL
			GET   /api/v1/contacts/{id}/emails                   | ALL
			GET   /api/v1/email-templates                        | ADMIN
			GET   /api/v1/email-templates/{key}                  | ADMIN
			PATCH /api/v1/email-templates/{key}                  | ADMIN
			POST  /api/v1/email-templates/{key}/preview          | ADMIN
			GET   /                                              | ALL
			GET   /staff                                         | ADMIN
			POST  /staff                                         | ADMIN
			POST  /staff/{id}/disable                            | ADMIN
			POST  /staff/{id}/enable                             | ADMIN
			GET   /settings                                      | ADMIN
			POST  /settings                                      | ADMIN
			GET   /audit                                         | ADMIN
			GET   /audit/export.csv                              | ADMIN
			GET   /custom-fields                                 | ADMIN
			POST  /custom-fields                                 | ADMIN
			GET   /custom-fields/{id}                            | ADMIN
			POST  /custom-fields/{id}                            | ADMIN
			POST  /custom-fields/{id}/delete                     | ADMIN
			GET   /accounts                                      | ALL
			GET   /accounts/new                                  | ALL
			GET   /accounts/picker                               | ALL
			POST  /accounts                                      | ALL
			GET   /accounts/{id}                                 | ALL
			GET   /accounts/{id}/edit                            | ALL
			POST  /accounts/{id}                                 | ALL
			GET   /accounts/{id}/sites                           | ALL
			POST  /accounts/{id}/sites                           | ALL
			POST  /accounts/{id}/sites/{siteId}                  | ALL
			GET   /accounts/{id}/contacts                        | ALL
			GET   /accounts/{id}/contacts/new                    | ALL
			POST  /accounts/{id}/contacts                        | ALL
			GET   /contacts                                      | ALL
			GET   /contacts/duplicate-check                      | ALL
			GET   /contacts/export.csv                           | ADMIN MANAGER
			GET   /accounts/{id}/contacts/export.csv             | ADMIN MANAGER
			GET   /contacts/{id}/vcard                           | ADMIN MANAGER
			GET   /contacts/new                                  | ALL
			GET   /search                                        | ALL
			GET   /search/suggestions                            | ALL
			GET   /contacts/{id}                                 | ALL
			GET   /contacts/{id}/edit                            | ALL
			POST  /contacts/{id}                                 | ALL
			POST  /contacts/{id}/archive                         | ALL
			POST  /contacts/{id}/restore                         | ALL
			POST  /contacts/{id}/make-primary                    | ALL
			POST  /contacts/{id}/move                            | ALL
			GET   /contacts/{id}/merge                           | ADMIN MANAGER
			POST  /contacts/{id}/merge                           | ADMIN MANAGER
			POST  /merges/{mergeId}/undo                         | ADMIN MANAGER
			POST  /contacts/{id}/delete                          | ADMIN
			GET   /contacts/{id}/timeline                        | ALL
			POST  /contacts/{id}/comments                        | ALL
			GET   /jobs/{id}                                     | ALL
			GET   /jobs/{id}/progress                            | ALL
			POST  /api/v1/imports/contacts                       | ADMIN MANAGER
			GET   /api/v1/imports                                | ADMIN MANAGER
			GET   /api/v1/imports/{id}                           | ADMIN MANAGER
			POST  /api/v1/imports/{id}/undo                      | ADMIN MANAGER
			GET   /api/v1/imports/{id}/problems.csv              | ADMIN MANAGER
			GET   /api/v1/imports/mappings                       | ADMIN MANAGER
			POST  /api/v1/imports/mappings                       | ADMIN MANAGER
			DELETE /api/v1/imports/mappings/{id}                 | ADMIN MANAGER
			GET   /imports                                       | ADMIN MANAGER
			GET   /imports/new                                   | ADMIN MANAGER
			POST  /imports/uploads                               | ADMIN MANAGER
			GET   /imports/uploads/{id}                          | ADMIN MANAGER
			POST  /imports/uploads/{id}                          | ADMIN MANAGER
			GET   /imports/{id}                                  | ADMIN MANAGER
			GET   /imports/{id}/progress                         | ADMIN MANAGER
			GET   /imports/{id}/problems.csv                     | ADMIN MANAGER
			POST  /imports/{id}/import                           | ADMIN MANAGER
			POST  /imports/{id}/undo                             | ADMIN MANAGER
			POST  /api/v1/duplicate-scans                        | ADMIN MANAGER
			GET   /api/v1/duplicate-scans/{id}                   | ADMIN MANAGER
			GET   /api/v1/duplicate-pairs                        | ADMIN MANAGER
			POST  /api/v1/duplicate-pairs/{id}/dismiss           | ADMIN MANAGER
			GET   /duplicates                                    | ADMIN MANAGER
			POST  /duplicates/scans                              | ADMIN MANAGER
			GET   /duplicates/scans/{id}/progress                | ADMIN MANAGER
			POST  /duplicates/pairs/{id}/dismiss                 | ADMIN MANAGER
			GET   /account-classes                               | ADMIN
			POST  /account-classes                               | ADMIN
			GET   /account-classes/{id}                          | ADMIN
			POST  /account-classes/{id}                          | ADMIN
			GET   /contacts/{id}/emails                          | ALL
			GET   /email-templates                               | ADMIN
			GET   /email-templates/{key}                         | ADMIN
			POST  /email-templates/{key}                         | ADMIN
			POST  /email-templates/{key}/preview                 | ADMIN
			GET   /mailbox                                       | ADMIN
			GET   /mailbox/{id}                                  | ADMIN
			GET   /mailbox/{id}/html                             | ADMIN
			""";

	/** Endpoints open to everyone, by design. */
	static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/token", "GET /login", "GET /error", "POST /error",
			"PUT /error", "PATCH /error", "DELETE /error");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointHasARoleRule() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String path : info.getPatternValues()) {
				if (path.startsWith("/v3/") || path.startsWith("/swagger-ui") || path.equals("/error")) {
					continue;
				}
				for (var m : info.getMethodsCondition().getMethods()) {
					served.add(m.name() + " " + path);
				}
			}
		});
		served.removeIf(endpoint -> endpoint.contains(" /portal") || endpoint.contains(" /unsubscribe"));
		served.removeAll(PUBLIC);
		assertThat(served).containsExactlyInAnyOrderElementsOf(matrix().keySet());
	}

	@Test
	void eachRoleGetsExactlyWhatTheMatrixAllows() {
		Api api = new Api(port);
		Map<Role, Api> asRole = new HashMap<>();
		Map<Role, Console> consoles = new HashMap<>();
		for (Role role : Role.values()) {
			String token = role == Role.ADMIN ? TestUsers.adminToken(api) : TestUsers.token(api, role);
			asRole.put(role, api.as(token));
			consoles.put(role, role == Role.ADMIN ? Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD)
					: Console.signIn(port, role.name().toLowerCase() + "@staff.example.com", TestUsers.PASSWORD));
		}
		// Each endpoint is walked by the roles in parallel: the same checks, a fraction of the time.
		try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
			List<java.util.concurrent.Future<?>> checks = new java.util.ArrayList<>();
			matrix().forEach((endpoint, allowed) -> checks.add(pool.submit(() -> check(endpoint, allowed, api, asRole, consoles))));
			for (var check : checks) {
				try {
					check.get();
				}
				catch (java.util.concurrent.ExecutionException e) {
					throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError(e);
				}
			}
		}
	}

	private static void check(String endpoint, Set<Role> allowed, Api api, Map<Role, Api> asRole,
			Map<Role, Console> consoles) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		for (Role role : Role.values()) {
			int status = path.startsWith("/api/")
					? asRole.get(role).send(method, path, method.equals("GET") ? null : "{}", "application/json").status()
					: consoles.get(role).send(method, path).statusCode();
			if (allowed.contains(role)) {
				assertThat(status).as("%s as %s", endpoint, role).isNotIn(401, 403);
			}
			else {
				assertThat(status).as("%s as %s", endpoint, role).isEqualTo(403);
			}
		}
		if (path.startsWith("/api/")) {
			assertThat(api.send(method, path, method.equals("GET") ? null : "{}", "application/json").status())
					.as("%s without a token", endpoint).isEqualTo(401);
		}
	}

	/**
	 * Creating a contact is open to every role, but a portal section in it is a grant: only the
	 * roles that manage portal access may send one, through the API and the console form alike.
	 */
	@Test
	void createWithPortalIsForRolesThatManagePortalAccess() {
		Api admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = admin.post("/api/v1/accounts", Map.of("name", "Matrix " + UUID.randomUUID())).id();
		Set<Role> managers = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.SALES);
		for (Role role : Role.values()) {
			Api api = admin.as(role == Role.ADMIN ? TestUsers.adminToken(admin) : TestUsers.token(admin, role));
			var created = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Api",
					"lastName", role.name() + UUID.randomUUID(), "email", role + "-" + UUID.randomUUID() + "@person.example.com",
					"portal", Map.of("enabled", true, "sendInvite", true)));
			assertThat(created.status()).as("API create with portal as %s", role).isEqualTo(managers.contains(role) ? 201 : 403);
			Console console = role == Role.ADMIN ? Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD)
					: Console.signIn(port, role.name().toLowerCase() + "@staff.example.com", TestUsers.PASSWORD);
			var posted = console.submit("/accounts/" + account + "/contacts", Map.of("firstName", "Form", "lastName",
					role.name() + UUID.randomUUID(), "email", role + "-" + UUID.randomUUID() + "@person.example.com",
					"active", "true", "portalEnabled", "true", "portalSendInvite", "true"));
			assertThat(posted.statusCode()).as("console create with portal as %s", role)
					.isEqualTo(managers.contains(role) ? 302 : 403);
		}
	}

	/** Every role may move a contact; for every role the move ends the contact's portal access. */
	@Test
	void moveEndsPortalAccessWhoeverMoves() {
		Api admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String from = admin.post("/api/v1/accounts", Map.of("name", "From " + UUID.randomUUID())).id();
		String to = admin.post("/api/v1/accounts", Map.of("name", "To " + UUID.randomUUID())).id();
		for (Role role : Role.values()) {
			String contact = admin.post("/api/v1/accounts/" + from + "/contacts", Map.of("firstName", "Mo", "lastName",
					role.name() + UUID.randomUUID(), "email", "move-" + UUID.randomUUID() + "@person.example.com",
					"confirmNotDuplicate", true, "portal", Map.of("enabled", true, "sendInvite", true))).id();
			Api api = admin.as(role == Role.ADMIN ? TestUsers.adminToken(admin) : TestUsers.token(admin, role));
			assertThat(api.post("/api/v1/contacts/" + contact + "/move", Map.of("accountId", to)).status())
					.as("move as %s", role).isEqualTo(200);
			assertThat(admin.get("/api/v1/contacts/" + contact + "/portal").json().get("status").asString())
					.as("portal access after a move by %s", role).isEqualTo("REVOKED");
		}
	}

	/**
	 * A path nothing serves is not a refusal of the role: a signed-in caller hears 404, a stranger
	 * 401. (An endpoint a controller serves but no rule names stays denied:
	 * {@code NotFoundIntegrationTests.neverLetsThroughAnEndpointAControllerServes}.)
	 */
	@Test
	void aPathNothingServesIsNotFoundForStaffAndUnauthorizedForStrangers() {
		Api admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		assertThat(admin.get("/api/v1/no-such-thing").status()).isEqualTo(404);
		assertThat(new Api(port).get("/api/v1/no-such-thing").status()).isEqualTo(401);
	}

	static Map<String, Set<Role>> matrix() {
		Map<String, Set<Role>> matrix = new HashMap<>();
		MATRIX.lines().filter(l -> !l.isBlank()).forEach(line -> {
			String[] parts = line.split("\\|");
			String endpoint = parts[0].trim().replaceAll("\\s+", " ");
			String roles = parts[1].trim().equals("ALL") ? ALL : parts[1].trim();
			matrix.put(endpoint, Arrays.stream(roles.split("\\s+")).map(Role::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
		});
		return matrix;
	}
}
