package app.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a stolen database copy gives away: link tokens (portal links, unsubscribe links) and API
 * tokens are kept only as their SHA-256, passwords (staff and portal) only as Argon2id hashes
 * with the OWASP parameters; no raw secret sits in any row of any table, the outbox included.
 */
@IntegrationTest
class SecretsAtRestIntegrationTests {

	/** Spring Security's delegating format around an Argon2id PHC string: 19 MiB, 2 iterations, 1 lane. */
	private static final String ARGON2ID = "\\{argon2}\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	Api admin;
	String account;

	@BeforeEach
	void setUp() {
		admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = admin.post("/api/v1/accounts", Map.of("name", "Secrets " + TestData.suffix())).id();
	}

	@Test
	void apiTokensAreKeptOnlyAsHashes() {
		String token = TestUsers.token(new Api(port), Role.SALES);
		assertThat(new Api(port).as(token).get("/api/v1/accounts").status()).as("the token works").isEqualTo(200);
		assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = :h").param("h", sha256(token))
				.query(Long.class).single()).isEqualTo(1);
		assertNowhereInTheDatabase(token);
	}

	@Test
	void staffPasswordsAreKeptOnlyAsArgon2id() {
		String email = TestData.email("vault");
		String password = "staff secret " + UUID.randomUUID();
		assertThat(admin.post("/api/v1/staff", Map.of("email", email, "name", "Val Vault", "roles", List.of("SALES"),
				"password", password)).status()).isEqualTo(201);
		String hash = jdbc.sql("SELECT password_hash FROM staff WHERE lower(email) = lower(:e)").param("e", email)
				.query(String.class).single();
		assertThat(hash).matches(ARGON2ID);
		assertThat(passwords.matches(password, hash)).isTrue();
		assertThat(jdbc.sql("SELECT password_hash FROM staff").query(String.class).list()).allMatch(h -> h.matches(ARGON2ID));
		assertNowhereInTheDatabase(password);
		assertNowhereInTheDatabase(TestUsers.ADMIN_PASSWORD);
	}

	@Test
	void portalLinksAndPortalPasswordsAreKeptOnlyAsHashes() {
		String email = TestData.email("locked");
		String contact = admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Lou",
				"lastName", "Locked" + TestData.suffix(), "email", email, "sendWelcomeEmail", false)).id();
		admin.post("/api/v1/contacts/" + contact + "/portal/invitations", null);
		String invitation = TestLinks.portalToken(jdbc, contact, "INVITATION");
		assertThat(storedHashes("portal_link", contact)).contains(HexFormat.of().formatHex(sha256(invitation)));
		assertNowhereInTheDatabase(invitation);

		String password = "portal secret " + UUID.randomUUID();
		assertThat(new PortalClient(port).post("/portal/api/activate", Map.of("token", invitation, "password", password))
				.status()).isLessThan(300);
		String hash = jdbc.sql("SELECT password_hash FROM portal_access WHERE contact_id = CAST(:c AS uuid)")
				.param("c", contact).query(String.class).single();
		assertThat(hash).matches(ARGON2ID);
		assertThat(passwords.matches(password, hash)).isTrue();
		assertNowhereInTheDatabase(password);

		String url = admin.post("/api/v1/contacts/" + contact + "/portal/impersonation", Map.of("reason", "Secrets at rest"))
				.json().get("url").asString();
		String impersonation = url.substring(url.indexOf("token=") + 6);
		assertThat(storedHashes("portal_link", contact)).contains(HexFormat.of().formatHex(sha256(impersonation)));
		assertNowhereInTheDatabase(impersonation);
	}

	@Test
	void unsubscribeTokensAreKeptOnlyAsHashes() {
		Api marketeer = new Api(port).as(TestUsers.token(new Api(port), Role.MARKETEER));
		String contact = admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Una",
				"lastName", "Subscribed" + TestData.suffix(), "email", TestData.email("una"), "marketingOptIn", true,
				"sendWelcomeEmail", false)).id();
		String list = marketeer.post("/api/v1/marketing-lists", Map.of("name", "Secrets " + TestData.suffix())).id();
		Api sales = new Api(port).as(TestUsers.token(new Api(port), Role.SALES));
		assertThat(sales.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(contact))).status())
				.isLessThan(300);
		String campaign = marketeer.post("/api/v1/campaigns", Map.of("name", "Secrets", "listId", list, "subject", "S",
				"body", "B")).id();
		marketeer.post("/api/v1/campaigns/" + campaign + "/send", null);
		UUID link = org.awaitility.Awaitility.await().atMost(TestSmtp.WAIT).until(() -> jdbc.sql(
				"SELECT id FROM unsubscribe_link WHERE contact_id = CAST(:c AS uuid)").param("c", contact).query(UUID.class)
				.optional(), java.util.Optional::isPresent).orElseThrow();
		String url = TestLinks.delivered(jdbc, link, "/unsubscribe/");
		String token = url.substring(url.lastIndexOf('/') + 1);
		assertThat(storedHashes("unsubscribe_link", contact)).containsExactly(HexFormat.of().formatHex(sha256(token)));
		assertNowhereInTheDatabase(token);
	}

	/** The token hashes of one contact's rows in {@code table}, in hex. */
	private List<String> storedHashes(String table, String contact) {
		return jdbc.sql("SELECT encode(token_hash, 'hex') FROM " + table + " WHERE contact_id = CAST(:c AS uuid)")
				.param("c", contact).query(String.class).list();
	}

	/** Every row of every table, as text (bytea shows as hex there), holds neither the secret nor its UTF-8 bytes. */
	private void assertNowhereInTheDatabase(String secret) {
		String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
		List<String> tables = jdbc.sql("""
				SELECT quote_ident(table_name) FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""").query(String.class).list();
		assertThat(tables).contains("api_token", "portal_link", "outbox_email", "staff");
		for (String table : tables) {
			long rows = jdbc.sql("SELECT count(*) FROM " + table + " t WHERE strpos(t::text, :s) > 0 OR strpos(t::text, :hex) > 0")
					.param("s", secret).param("hex", hex).query(Long.class).single();
			assertThat(rows).as("rows of %s holding the secret", table).isZero();
		}
	}

	private static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
