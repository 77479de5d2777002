package app.clientele.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** The console over plain HTTP: sign-in with CSRF, pages, forms with errors next to fields. */
@IntegrationTest
class ConsoleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	List<FilterRegistrationBean<?>> filters;

	@Test
	void pagesNeedASignedInStaffUser() {
		var response = Console.anonymous(port).get("/accounts");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void pagesLinkTheVersionedScriptAndItIsServed() {
		var login = Console.anonymous(port).get("/login");
		var src = Pattern.compile("<script src=\"([^\"]*htmx[^\"]*)\"").matcher(login.body());
		assertThat(src.find()).isTrue();
		assertThat(src.group(1)).matches("/webjars/htmx\\.org/\\d[^/]*/dist/htmx\\.min\\.js");
		assertThat(Console.anonymous(port).get(src.group(1)).statusCode()).isEqualTo(200);
		assertThat(filters.stream().filter(f -> f.getFilter() instanceof ResourceUrlEncodingFilter))
				.singleElement().extracting(f -> f.getFilter().getClass()).isEqualTo(PageResourceUrls.PagesOnly.class);
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefused() {
		var response = Console.anonymous(port).post("/login",
				Map.of("username", TestUsers.ADMIN_EMAIL, "password", TestUsers.ADMIN_PASSWORD));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void staffSignInSeeTheDashboardAndCreateAnAccount() {
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		var dashboard = console.get("/");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Dashboard").contains("Accounts").contains("Needs attention");
		assertThat(dashboard.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");

		String name = "Console Co " + UUID.randomUUID();
		var created = console.submit("/accounts", Map.of("name", name, "status", "ACTIVE"));
		assertThat(created.statusCode()).isEqualTo(302);
		var page = console.get(created.headers().firstValue("Location").orElseThrow());
		assertThat(page.body()).contains(name).contains("Overview").contains("Sites");
		assertThat(console.get("/accounts?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
				.body()).contains(name);
	}

	@Test
	void formErrorsShowNextToTheirField() {
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		var response = console.submit("/accounts", Map.of("name", "", "status", "ACTIVE"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"name-error\">Name is required");
		assertThat(response.body()).contains("aria-invalid=\"true\"");
	}

	@Test
	void wrongPasswordReturnsToTheSignInPageWithAMessage() {
		var console = Console.anonymous(port);
		var login = console.get("/login").body();
		String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		var response = console.post("/login", Map.of("username", TestUsers.ADMIN_EMAIL, "password", "nope", "_csrf", csrf));
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		var page = console.get(response.headers().firstValue("Location").orElseThrow());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("The email or the password is wrong.");
		assertThat(console.get("/login?throttled").body()).contains("Too many failed attempts");
	}

	@Test
	void unknownPagesAreNotServed() {
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		var response = console.get("/accounts/" + UUID.randomUUID());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").doesNotContain("Exception");
	}
}
