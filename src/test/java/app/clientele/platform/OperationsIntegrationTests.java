package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.clientele.Api;
import app.clientele.IntegrationTest;
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
	void metricsAreExposedForPrometheus() {
		var metrics = new Api(port).with("Accept", "text/plain").get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.text()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
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
