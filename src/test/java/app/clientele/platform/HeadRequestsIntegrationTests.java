package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HEAD is GET without the body (RFC 9110): whatever GET answers a caller, HEAD answers the same,
 * whether the page or endpoint is allowed to the role, refused to it, or does not exist. The
 * role rules name GET only; they decide HEAD too.
 */
@IntegrationTest
class HeadRequestsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void headAnswersAsGetDoes() {
		Console admin = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		TestUsers.token(new Api(port), Role.SALES);
		Console sales = Console.signIn(port, "sales@staff.example.com", TestUsers.PASSWORD);
		asGet(admin, "/", 200);
		asGet(admin, "/staff", 200);
		asGet(sales, "/contacts", 200);
		asGet(sales, "/marketing", 200);
		asGet(sales, "/staff", 403);
		asGet(sales, "/no-such-page", 404);
		asGet(Console.anonymous(port), "/contacts", 302);
		asGet(Console.anonymous(port), "/login", 200);
		asGet(Console.anonymous(port), "/portal/login", 200);

		Api salesApi = new Api(port).as(TestUsers.token(new Api(port), Role.SALES));
		Api adminApi = new Api(port).as(TestUsers.adminToken(new Api(port)));
		asGet(salesApi, "/api/v1/contacts", 200);
		asGet(adminApi, "/api/v1/staff", 200);
		asGet(salesApi, "/api/v1/staff", 403);
		asGet(salesApi, "/api/v1/no-such-thing", 404);
		asGet(new Api(port), "/api/v1/contacts", 401);
	}

	private static void asGet(Console console, String path, int status) {
		HttpResponse<String> head = console.send("HEAD", path);
		assertThat(console.get(path).statusCode()).as("GET %s", path).isEqualTo(status);
		assertThat(head.statusCode()).as("HEAD %s", path).isEqualTo(status);
		assertThat(head.body()).as("HEAD %s has no body", path).isEmpty();
	}

	private static void asGet(Api api, String path, int status) {
		var head = api.send("HEAD", path, null, null);
		assertThat(api.get(path).status()).as("GET %s", path).isEqualTo(status);
		assertThat(head.status()).as("HEAD %s", path).isEqualTo(status);
		assertThat(head.text()).as("HEAD %s has no body", path).isEmpty();
	}
}
