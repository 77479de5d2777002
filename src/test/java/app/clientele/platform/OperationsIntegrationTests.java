package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OperationsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void healthIsUpOnceTheDatabaseIsMigrated() {
		var health = new Api(port).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void metricsAreReadOnlyWithAnAdminBearerToken() {
		Api api = new Api(port).with("Accept", "text/plain");
		var metrics = api.as(TestUsers.adminToken(new Api(port))).get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.text()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
		assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(api.as("not-a-token").get("/actuator/prometheus").status()).isEqualTo(401);
		for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
			assertThat(api.as(TestUsers.token(new Api(port), role)).get("/actuator/prometheus").status())
					.as(role.name()).isEqualTo(403);
		}
		assertThat(new Api(port).get("/actuator/health").status()).isEqualTo(200);
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		var docs = new Api(port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/v1/accounts")).isTrue();
		assertThat(docs.json().get("paths").has("/api/v1/auth/token")).isTrue();
		assertThat(new Api(port).with("Accept", "text/html").get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void otherActuatorEndpointsAreClosed() {
		assertThat(new Api(port).get("/actuator/env").status()).isIn(401, 403, 404);
	}
}
