package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestLinks;
import app.clientele.TestUsers;
import app.clientele.platform.Endpoints.Endpoint;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input never answers 5xx: every endpoint of the API, found in the running application's
 * handler mappings, is sent generated garbage (jqwik's generators) in its query and in its JSON
 * body, as ADMIN, as a signed-in portal user, and for a sample without credentials. Any 5xx, and
 * any answer that shows a stack trace, SQL or a Java class name, fails; so does an ERROR in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputIntegrationTests {

	/** What no answer may show: stack frames, exception and class names, SQL and the database's own words. */
	static final Pattern LEAK = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|\\b(java|javax|jakarta|org|com|tools|app)"
			+ "\\.[a-z]+\\.[a-zA-Z]|PSQL|SQLState|SQL state|syntax error|\\bSELECT\\b|\\bINSERT INTO\\b|\\bUPDATE \\w+ SET\\b"
			+ "|\\bWHERE\\b|\\bnull value in column\\b|violates");

	/** What garbage in a query may get: a list, a refusal, or no such thing; never a conflict. */
	static final Set<Integer> READ_ANSWERS = Set.of(200, 400, 401, 403, 404);

	/** The answer to a database rule the code's checks missed: bad input must be refused before it reaches one. */
	static final String CONFLICT = "/problems/conflict\"";

	/**
	 * Sign-in and sign-up endpoints count every attempt that parses against the client's address;
	 * they get only bodies that cannot parse, so that the walk does not lock out the rest of the suite.
	 */
	static final Set<String> THROTTLED = Set.of("POST /api/v1/auth/token", "POST /portal/api/login",
			"POST /portal/api/password-reset", "POST /portal/api/password-reset/confirm", "POST /portal/api/register",
			"POST /portal/api/login-requests", "POST /portal/api/activate");

	/** Shared by every test (the settings, the templates): only bodies that cannot parse, so that nothing changes. */
	static final Set<String> SHARED = Set.of("PATCH /api/v1/settings", "PATCH /api/v1/email-templates/{key}");

	/**
	 * Lists of the outbox, which parses its cursor's time itself (a 400 on {@code after} typed
	 * {@code invalid-input}); to drop once it reads it with {@code Cursor.timestamp}.
	 */
	static final Set<String> OUTBOX_LISTS = Set.of("GET /api/v1/contacts/{id}/emails");

	/** Samples of each generator per parameter and per body: enough to hit every kind of garbage, fast enough for the suite. */
	static final int SAMPLES = 12;

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	RawHttp http;
	Api admin;
	Map<String, String> ids;
	Map<String, String> adminHeaders;
	Map<String, String> portalHeaders;

	@BeforeEach
	void fixture() {
		http = new RawHttp(port);
		admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		adminHeaders = Map.of("Authorization", "Bearer " + TestUsers.adminToken(new Api(port)), "Accept", "application/json");
		ids = new BadInputFixture(admin, jdbc).idsByCollection();
		portalHeaders = portalSession(ids.get("contacts"));
	}

	@Test
	void everyEndpointAnswersGarbageInItsQueryWithoutA5xx(CapturedOutput log) {
		List<Request> requests = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			String target = harmless(endpoint);
			for (String param : endpoint.params()) {
				Arbitrary<String> values = param.equals("after") ? Garbage.cursor() : Garbage.queryValue();
				values.sampleStream().limit(SAMPLES).forEach(v -> requests.add(query(endpoint, target, param + "=" + v)));
			}
			requests.add(query(endpoint, target, "unknown=" + Garbage.percentEncode("\u202e\0")));
		}
		walk(requests, log);
	}

	@Test
	void brokenPercentEncodingIsA400ProblemNamingTheParameterOnEveryEndpoint(CapturedOutput log) {
		for (Endpoint endpoint : endpoints()) {
			for (String param : endpoint.params().isEmpty() ? List.of("q") : endpoint.params()) {
				for (String broken : Garbage.brokenEncodings()) {
					String target = harmless(endpoint) + "?" + param + "=" + broken;
					RawHttp.Answer answer = http.send(endpoint.method(), target, headers(endpoint), new byte[0]);
					assertThat(answer.status()).as("%s %s: %s", endpoint.method(), target, answer).isEqualTo(400);
					assertThat(answer.head()).as(target).containsIgnoringCase("content-type: application/problem+json");
					var problem = Api.JSON.readTree(answer.body());
					assertThat(problem.get("errors").get(0).get("field").asString()).as(target).isEqualTo(param);
					assertThat(problem.get("type").asString()).as(target)
							.endsWith(param.equals("after") ? "/invalid-cursor" : "/invalid-input");
				}
			}
		}
		assertThat(log.getAll().lines().filter(line -> line.contains(" ERROR ")).toList()).isEmpty();
	}

	@Test
	void brokenPercentEncodingOfAPageIsA400Page() {
		RawHttp.Answer answer = http.send("GET", "/accounts?q=%%zz", Map.of("Accept", "text/html"), new byte[0]);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.head()).containsIgnoringCase("content-type: text/html");
	}

	@Test
	void everyJsonBodyAnswersGarbageWithoutA5xx(CapturedOutput log) {
		List<Request> requests = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.body() == null) {
				continue;
			}
			String target = endpoint.target(ids);
			boolean parseableOnlyIfHarmless = THROTTLED.contains(endpoint.name()) || SHARED.contains(endpoint.name());
			Arbitrary<byte[]> bodies = parseableOnlyIfHarmless ? Garbage.unparseable()
					: Garbage.body(endpoint.fields(fieldsOf(target)));
			bodies.sampleStream().limit(SAMPLES * 2).forEach(body -> requests.add(new Request(endpoint, target, body)));
		}
		walk(requests, log);
	}

	@Test
	void aGarbledCursorIsA400InvalidCursorNamingAfterOnEveryList() {
		List<Endpoint> lists = endpoints().stream().filter(Endpoint::isList).toList();
		assertThat(lists).hasSizeGreaterThanOrEqualTo(10);
		for (Endpoint list : lists) {
			List<String> cursors = new ArrayList<>(Garbage.forgedCursors());
			cursors.addAll(Garbage.cursor().sampleStream().limit(SAMPLES).toList());
			for (String cursor : cursors) {
				RawHttp.Answer answer = http.send("GET", list.target(ids) + "?after=" + cursor, headers(list), new byte[0]);
				if (answer.status() == 200 || cursor.isEmpty()) {
					continue;
				}
				String what = list.name() + " after=" + cursor + ": " + answer;
				assertThat(answer.status()).as(what).isEqualTo(400);
				var problem = Api.JSON.readTree(answer.body());
				if (!OUTBOX_LISTS.contains(list.name())) {
					assertThat(problem.get("type").asString()).as(what).endsWith("/invalid-cursor");
				}
				assertThat(problem.get("errors").get(0).get("field").asString()).as(what).isEqualTo("after");
			}
		}
	}

	/** A request the walk sends: as the endpoint's user and, for every fifth, also without credentials. */
	record Request(Endpoint endpoint, String target, byte[] body) {

		@Override
		public String toString() {
			String text = new String(body, StandardCharsets.UTF_8);
			return endpoint.method() + " " + (target.length() > 300 ? target.substring(0, 300) + "…" : target) + " "
					+ (text.length() > 300 ? text.substring(0, 300) + "…" : text);
		}
	}

	private Request query(Endpoint endpoint, String target, String query) {
		return new Request(endpoint, target + "?" + query, new byte[0]);
	}

	private void walk(List<Request> requests, CapturedOutput log) {
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		Map<String, java.util.concurrent.atomic.LongAdder> answers = new java.util.concurrent.ConcurrentSkipListMap<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
			List<Future<?>> sent = new ArrayList<>();
			for (int i = 0; i < requests.size(); i++) {
				Request request = requests.get(i);
				boolean anonymous = i % 5 == 0;
				sent.add(pool.submit(() -> check(request, headers(request.endpoint()), failures, answers)));
				if (anonymous) {
					sent.add(pool.submit(() -> check(request, Map.of("Accept", "application/json"), failures, answers)));
				}
			}
			sent.forEach(Endpoints::await);
		}
		// What the walk met, for whoever reads the test's output: the endpoints and their answers.
		answers.forEach((answer, count) -> System.out.println("walked " + answer + " × " + count));
		assertThat(failures).as("answers to %d garbage requests", requests.size()).isEmpty();
		assertThat(log.getAll().lines().filter(line -> line.contains(" ERROR ")).toList()).isEmpty();
	}

	private void check(Request request, Map<String, String> headers, ConcurrentLinkedQueue<String> failures,
			Map<String, java.util.concurrent.atomic.LongAdder> answers) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		if (request.body().length > 0 || !request.endpoint().method().equals("GET")) {
			all.put("Content-Type", request.endpoint().contentType());
		}
		RawHttp.Answer answer = http.send(request.endpoint().method(), request.target(), all, request.body());
		answers.computeIfAbsent(request.endpoint().name() + " " + answer.status(), k -> new java.util.concurrent.atomic.LongAdder())
				.increment();
		boolean misleading = request.endpoint().method().equals("GET") ? !READ_ANSWERS.contains(answer.status())
				: answer.body().contains(CONFLICT);
		if (answer.status() >= 500 || misleading || LEAK.matcher(answer.body()).find()) {
			failures.add(request + " (" + (headers.containsKey("Accept") && headers.size() == 1 ? "anonymous" : "signed in")
					+ ") → " + answer);
		}
	}

	/**
	 * Where a request without a body goes: a list or resource of the fixture when it only reads,
	 * things that do not exist when it changes something (a walk must not delete the fixture's
	 * contact or disable a user should the refusal it checks ever fail).
	 */
	private String harmless(Endpoint endpoint) {
		return endpoint.target(endpoint.method().equals("GET") ? ids : Map.of());
	}

	private Map<String, String> headers(Endpoint endpoint) {
		return endpoint.path().startsWith("/portal/") ? portalHeaders : adminHeaders;
	}

	private List<Endpoint> endpoints() {
		return Endpoints.of(mappings);
	}

	/** The fields of a merge patch: those of the resource it patches, as GET shows them. */
	private List<String> fieldsOf(String target) {
		var resource = admin.get(target);
		List<String> fields = new ArrayList<>();
		if (resource.status() == 200 && resource.json().isObject()) {
			resource.json().propertyNames().forEach(fields::add);
		}
		return fields.isEmpty() ? List.of("name", "email", "status") : fields;
	}

	/** The cookies and CSRF header of a signed-in portal user: the contact of the fixture, invited and activated. */
	private Map<String, String> portalSession(String contactId) {
		String email = admin.get("/api/v1/contacts/" + contactId).json().get("email").asString();
		admin.post("/api/v1/contacts/" + contactId + "/portal/invitations", null);
		String password = "garbage in, problems out 7";
		new PortalClient(port).post("/portal/api/activate",
				Map.of("token", TestLinks.portalToken(jdbc, contactId, "INVITATION"), "password", password));
		PortalClient portal = new PortalClient(port);
		assertThat(portal.post("/portal/api/login", Map.of("email", email, "password", password)).status()).isEqualTo(200);
		String session = "CLIENTELE_SESSION=" + portal.sessionCookie();
		RawHttp.Answer csrf = http.send("GET", "/portal/api/csrf", Map.of("Cookie", session), new byte[0]);
		String xsrf = csrf.cookie("XSRF-TOKEN").orElseThrow();
		Map<String, String> headers = new HashMap<>();
		headers.put("Cookie", session + "; XSRF-TOKEN=" + xsrf);
		headers.put("X-XSRF-TOKEN", xsrf);
		headers.put("Accept", "application/json");
		return headers;
	}
}
