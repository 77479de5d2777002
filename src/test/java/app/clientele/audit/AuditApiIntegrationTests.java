package app.clientele.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Reading the trail through the API: newest first in pages, filters, refused filters, the CSV, ADMIN only. */
@IntegrationTest
class AuditApiIntegrationTests {

	@LocalServerPort
	int port;

	Api anonymous;
	Api admin;

	@BeforeEach
	void signIn() {
		anonymous = new Api(port);
		admin = anonymous.as(TestUsers.adminToken(anonymous));
	}

	@Test
	void listsNewestFirstPageByPageWithFilters() {
		for (int i = 0; i < 3; i++) {
			TestUsers.adminToken(anonymous);
		}
		JsonNode first = admin.get("/api/v1/audit?action=STAFF_SIGNED_IN&limit=2").json();
		List<Long> seqs = new ArrayList<>();
		first.get("items").forEach(e -> seqs.add(e.get("seq").asLong()));
		JsonNode second = admin.get("/api/v1/audit?action=STAFF_SIGNED_IN&limit=2&after=" + first.get("next").asString())
				.json();
		second.get("items").forEach(e -> seqs.add(e.get("seq").asLong()));
		assertThat(seqs).hasSize(4).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
		JsonNode item = first.get("items").get(0);
		assertThat(item.get("action").asString()).isEqualTo("STAFF_SIGNED_IN");
		assertThat(item.get("actor").asString()).isEqualTo("Administrator (staff)");
		assertThat(item.get("ip").asString()).isEqualTo("127.0.0.1");
		for (String field : List.of("at", "actor", "action", "target", "ip", "details")) {
			assertThat(item.has(field)).as(field).isTrue();
		}
		String adminId = item.get("actorId").asString();
		assertThat(admin.get("/api/v1/audit?actor=" + adminId).json().get("items").valueStream()
				.allMatch(e -> e.get("actorId").asString().equals(adminId))).isTrue();
		assertThat(admin.get("/api/v1/audit?actor=admin&action=STAFF_SIGNED_IN&from=2000-01-01&to=2999-12-31").json()
				.get("items").size()).isGreaterThan(0);
		assertThat(admin.get("/api/v1/audit?from=2999-01-01").json().get("items").size()).isZero();
	}

	@Test
	void refusesABadCursorOrTimeOrActionNamingIt() {
		assertRefused(admin.get("/api/v1/audit?after=not-a-cursor"), "after");
		assertRefused(admin.get("/api/v1/audit?after=" + app.clientele.platform.Cursor.of("x").encode()), "after");
		assertRefused(admin.get("/api/v1/audit?from=yesterday"), "from");
		assertRefused(admin.get("/api/v1/audit?to=2026-13-01"), "to");
		assertRefused(admin.get("/api/v1/audit?action=DROPPED_TABLES"), "action");
		assertRefused(admin.get("/api/v1/audit/export.csv?from=soon"), "from");
	}

	private static void assertRefused(Api.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.text()).contains("\"" + field + "\"");
	}

	@Test
	void exportsTheFilteredTrailAsCsv() {
		TestUsers.adminToken(anonymous);
		Api.Response csv = admin.get("/api/v1/audit/export.csv?action=STAFF_SIGNED_IN");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		String text = csv.text();
		assertThat(text).startsWith("\uFEFFseq,at,actor,actorKind,actorId,action,");
		assertThat(text.lines().skip(1)).isNotEmpty().allMatch(line -> line.contains(",STAFF_SIGNED_IN,"));
	}

	@Test
	void onlyAdminsReadTheTrail() {
		for (Role role : List.of(Role.MANAGER, Role.SALES, Role.MARKETEER)) {
			Api other = anonymous.as(TestUsers.token(anonymous, role));
			assertThat(other.get("/api/v1/audit").status()).as(role.name()).isEqualTo(403);
			assertThat(other.get("/api/v1/audit/verify").status()).as(role.name()).isEqualTo(403);
			assertThat(other.get("/api/v1/audit/export.csv").status()).as(role.name()).isEqualTo(403);
		}
		assertThat(anonymous.get("/api/v1/audit").status()).isEqualTo(401);
		Console manager = Console.signIn(port, "manager@staff.example.com", TestUsers.PASSWORD);
		assertThat(manager.get("/audit").statusCode()).isEqualTo(403);
		assertThat(admin.get("/api/v1/audit").status()).isEqualTo(200);
	}
}
