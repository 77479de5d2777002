package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A big export goes out as it is read: chunked, no length known up front, every row there. */
@IntegrationTest
class ContactExportStreamingIntegrationTests {

	static final int CONTACTS = 20_000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void streamsALargeExportChunkedWithEveryRow() throws Exception {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Big " + TestData.suffix())).id();
		bulk("""
				INSERT INTO contact (id, account_id, first_name, last_name, email, is_primary, tags)
				SELECT gen_random_uuid(), CAST(:account AS uuid), 'Row' || i, 'Streamed', 'row' || i || '@big.example.com',
				       i = 1, ARRAY['bulk']
				FROM generate_series(1, :n) i
				""", account);
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/contacts/export.csv?accountId=" + account))
					.header("Authorization", "Bearer " + TestUsers.adminToken(api)).build();
			HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
			assertThat(response.headers().firstValue("Content-Length")).isEmpty();
			long lines = 0;
			try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				while (reader.readLine() != null) {
					lines++;
				}
			}
			assertThat(lines).isEqualTo(CONTACTS + 1);
		}
		finally {
			bulk("DELETE FROM contact WHERE account_id = CAST(:account AS uuid)", account);
		}
	}

	/**
	 * Writes contacts in bulk as the benchmark loads them: without the per-row triggers (the
	 * primary rule checked per row is quadratic in one account's contacts). The first one is the
	 * primary, and nobody searches these names.
	 */
	private void bulk(String sql, String account) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			jdbc.sql(sql).param("account", UUID.fromString(account)).param("n", CONTACTS).update();
		});
	}
}
