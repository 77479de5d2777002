package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import app.clientele.Api;
import app.clientele.TestUsers;
import app.clientele.platform.Endpoints.Endpoint;
import app.clientele.staff.Role;

/**
 * Sends garbage requests in parallel, each as the endpoint's user and every fifth also without
 * credentials, and fails on any 5xx, any answer that shows a stack trace, SQL or a Java class
 * name, and any answer that blames bad input on something else (a conflict, a failed read).
 */
final class GarbageWalk {

	/** What no answer may show: stack frames, exception and class names, SQL and the database's own words. */
	static final Pattern LEAK = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|\\b(java|javax|jakarta|org|com|tools|app)"
			+ "\\.[a-z]+\\.[a-zA-Z]|PSQL|SQLState|SQL state|syntax error|\\bSELECT\\b|\\bINSERT INTO\\b|\\bUPDATE \\w+ SET\\b"
			+ "|\\bWHERE\\b|\\bnull value in column\\b|violates");

	/** What garbage in a query may get: a list, a refusal, or no such thing; never a conflict. */
	static final Set<Integer> READ_ANSWERS = Set.of(200, 400, 401, 403, 404);

	/** The answer to a database rule the code's checks missed: bad input must be refused before it reaches one. */
	static final String CONFLICT = "/problems/conflict\"";

	private static final Map<String, Set<Role>> ROLES = RoleMatrixIntegrationTests.matrix();

	private final RawHttp http;
	private final int port;
	private final Map<String, String> ids;
	private final Map<String, String> adminHeaders;
	private final Map<String, String> portalHeaders;

	GarbageWalk(int port, Map<String, String> ids, String adminToken, Map<String, String> portalHeaders) {
		this.http = new RawHttp(port);
		this.port = port;
		this.ids = ids;
		this.adminHeaders = Map.of("Authorization", "Bearer " + adminToken, "Accept", "application/json");
		this.portalHeaders = portalHeaders;
	}

	/** A request the walk sends. */
	record Request(Endpoint endpoint, String target, byte[] body) {

		static Request query(Endpoint endpoint, String target, String query) {
			return new Request(endpoint, target + "?" + query, new byte[0]);
		}

		@Override
		public String toString() {
			String text = new String(body, StandardCharsets.UTF_8);
			return endpoint.method() + " " + (target.length() > 300 ? target.substring(0, 300) + "…" : target) + " "
					+ (text.length() > 300 ? text.substring(0, 300) + "…" : text);
		}
	}

	RawHttp http() {
		return http;
	}

	void walk(List<Request> requests) {
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		Map<String, LongAdder> answers = new ConcurrentSkipListMap<>();
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
	}

	private void check(Request request, Map<String, String> headers, ConcurrentLinkedQueue<String> failures,
			Map<String, LongAdder> answers) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		if (request.body().length > 0 || !request.endpoint().method().equals("GET")) {
			all.put("Content-Type", request.endpoint().contentType());
		}
		RawHttp.Answer answer = http.send(request.endpoint().method(), request.target(), all, request.body());
		answers.computeIfAbsent(request.endpoint().name() + " " + answer.status(), k -> new LongAdder())
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
	String harmless(Endpoint endpoint) {
		return endpoint.target(endpoint.method().equals("GET") ? ids : Map.of());
	}

	/** A portal user's session for the portal; ADMIN for the staff API, or a role the role matrix allows where ADMIN is not. */
	Map<String, String> headers(Endpoint endpoint) {
		if (endpoint.path().startsWith("/portal/")) {
			return portalHeaders;
		}
		Set<Role> allowed = ROLES.getOrDefault(endpoint.name(), Set.of(Role.ADMIN));
		if (allowed.contains(Role.ADMIN)) {
			return adminHeaders;
		}
		return Map.of("Authorization", "Bearer " + TestUsers.token(new Api(port), allowed.iterator().next()), "Accept",
				"application/json");
	}
}
