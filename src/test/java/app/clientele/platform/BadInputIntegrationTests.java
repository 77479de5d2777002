package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.platform.Endpoints.Endpoint;
import app.clientele.platform.GarbageWalk.Request;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * handler mappings (a new one is walked without anyone listing it), is sent generated garbage
 * (jqwik's generators, sampled) in its query and in its JSON body, as ADMIN (or a role the role
 * matrix allows), as a signed-in portal user, and for a sample without credentials. Any 5xx, any
 * answer that shows a stack trace, SQL or a Java class name, and any ERROR in the log fails.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {

	/**
	 * Sign-in and sign-up endpoints count every attempt that parses against the client's address;
	 * they get only bodies that cannot parse, so that the walk does not lock out the rest of the suite.
	 */
	static final Set<String> THROTTLED = Set.of("POST /api/v1/auth/token", "POST /portal/api/login",
			"POST /portal/api/password-reset", "POST /portal/api/password-reset/confirm", "POST /portal/api/register",
			"POST /portal/api/login-requests", "POST /portal/api/activate");

	/** Shared by every test (the settings, the templates): only bodies that cannot parse, so that nothing changes. */
	static final Set<String> SHARED = Set.of("PATCH /api/v1/settings", "PATCH /api/v1/email-templates/{key}");

	/** Samples of each generator per parameter and per body: enough to hit every kind of garbage, fast enough for the suite. */
	static final int SAMPLES = 12;

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	Api admin;
	Map<String, String> ids;
	GarbageWalk walk;

	@BeforeAll
	void fixture() {
		String token = TestUsers.adminToken(new Api(port));
		admin = new Api(port).as(token);
		BadInputFixture fixture = new BadInputFixture(port, admin, jdbc);
		ids = fixture.idsByCollection();
		walk = new GarbageWalk(port, ids, token, fixture.portalSession(ids.get("contacts")));
	}

	@AfterEach
	void nothingLoggedAtError(CapturedOutput log) {
		assertThat(log.getAll().lines().filter(line -> line.contains(" ERROR ")).toList()).isEmpty();
	}

	@Test
	void everyEndpointAnswersGarbageInItsQueryWithoutA5xx() {
		List<Request> requests = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			String target = walk.harmless(endpoint);
			for (String param : endpoint.params()) {
				Arbitrary<String> values = param.equals("after") ? Garbage.cursor() : Garbage.queryValue();
				values.sampleStream().limit(SAMPLES).forEach(v -> requests.add(Request.query(endpoint, target, param + "=" + v)));
			}
			requests.add(Request.query(endpoint, target, "unknown=" + Garbage.percentEncode("\u202e\0")));
		}
		walk.walk(requests);
	}

	@Test
	void everyJsonBodyAnswersGarbageWithoutA5xx() {
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
		walk.walk(requests);
	}

	@Test
	void brokenPercentEncodingIsA400ProblemNamingTheParameterOnEveryEndpoint() {
		for (Endpoint endpoint : endpoints()) {
			for (String param : endpoint.params().isEmpty() ? List.of("q") : endpoint.params()) {
				for (String broken : Garbage.brokenEncodings()) {
					String target = walk.harmless(endpoint) + "?" + param + "=" + broken;
					RawHttp.Answer answer = walk.http().send(endpoint.method(), target, walk.headers(endpoint), new byte[0]);
					assertThat(answer.status()).as("%s %s: %s", endpoint.method(), target, answer).isEqualTo(400);
					assertThat(answer.head()).as(target).containsIgnoringCase("content-type: application/problem+json");
					var problem = Api.JSON.readTree(answer.body());
					assertThat(problem.get("errors").get(0).get("field").asString()).as(target).isEqualTo(param);
					assertThat(problem.get("type").asString()).as(target)
							.endsWith(param.equals("after") ? "/invalid-cursor" : "/invalid-input");
				}
			}
		}
	}

	@Test
	void aGarbledCursorIsA400InvalidCursorNamingAfterOnEveryList() {
		List<Endpoint> lists = endpoints().stream().filter(Endpoint::isList).toList();
		assertThat(lists).hasSizeGreaterThanOrEqualTo(10);
		for (Endpoint list : lists) {
			List<String> cursors = new ArrayList<>(Garbage.forgedCursors());
			cursors.addAll(Garbage.cursor().sampleStream().limit(SAMPLES).toList());
			for (String cursor : cursors) {
				RawHttp.Answer answer = walk.http().send("GET", list.target(ids) + "?after=" + cursor, walk.headers(list),
						new byte[0]);
				if (answer.status() == 200 || cursor.isEmpty()) {
					continue;
				}
				String what = list.name() + " after=" + cursor + ": " + answer;
				assertThat(answer.status()).as(what).isEqualTo(400);
				var problem = Api.JSON.readTree(answer.body());
				assertThat(problem.get("type").asString()).as(what).endsWith("/invalid-cursor");
				assertThat(problem.get("errors").get(0).get("field").asString()).as(what).isEqualTo("after");
			}
		}
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
}
