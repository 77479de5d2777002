package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The optional range check, against a Pwned Passwords-style service played by an HTTP server in
 * this JVM: what it knows is refused, only five hex digits leave, and a slow or absent service
 * lets the person through.
 */
class PwnedPasswordsTests {

	static final String KNOWN = "an unusual passphrase 42";

	private final List<String> asked = new CopyOnWriteArrayList<>();
	private HttpServer server;
	private volatile Duration delay = Duration.ZERO;

	@BeforeEach
	void startService() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/range/", this::answer);
		server.start();
	}

	@AfterEach
	void stopService() {
		server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		asked.add(exchange.getRequestURI().getPath());
		try {
			Thread.sleep(delay);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		String hash = PwnedPasswords.sha1(KNOWN);
		String prefix = exchange.getRequestURI().getPath().substring("/range/".length());
		String body = "0018A45C4D1DEF81644B54AB7F969B88D65:0\r\n"
				+ (prefix.equals(hash.substring(0, 5)) ? hash.substring(5) + ":3\r\n" : "")
				+ "00D4F6E8FA6EECAD2A3AA415EEC418D38EC:2\r\n";
		byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private PasswordPolicy policy(boolean enabled, Duration timeout) {
		URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/range/");
		return new PasswordPolicy(PasswordPolicyTests.BREACHED,
				new PwnedPasswords(new PwnedPasswordsProperties(enabled, base, timeout)));
	}

	@Test
	void refusesAPasswordTheRangeServiceKnowsSendingOnlyFiveHexDigits() {
		assertThat(policy(true, Duration.ofSeconds(2)).problem(KNOWN, "a@example.com"))
				.isEqualTo(PasswordPolicy.BREACHED);
		assertThat(asked).containsExactly("/range/" + PwnedPasswords.sha1(KNOWN).substring(0, 5));
	}

	@Test
	void acceptsWhatTheRangeServiceDoesNotKnow() {
		assertThat(policy(true, Duration.ofSeconds(2)).problem("another unusual passphrase 43", "a@example.com"))
				.isNull();
		assertThat(asked).hasSize(1);
	}

	@Test
	void asksNoServiceWhenOff() {
		assertThat(policy(false, Duration.ofSeconds(2)).problem(KNOWN, "a@example.com")).isNull();
		assertThat(asked).isEmpty();
	}

	@Test
	void aSlowServiceNeverBlocksAPerson() {
		delay = Duration.ofSeconds(2);
		long start = System.nanoTime();
		assertThat(policy(true, Duration.ofMillis(300)).problem(KNOWN, "a@example.com")).isNull();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void anUnreachableServiceNeverBlocksAPerson() {
		PasswordPolicy policy = policy(true, Duration.ofMillis(500));
		server.stop(0);
		assertThat(policy.problem(KNOWN, "a@example.com")).isNull();
	}
}
