package app.clientele;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tests deliver email to a real SMTP server: one GreenMail per test JVM, started on first use,
 * that every application context sends to unless it names its own server
 * ({@code spring.mail.host}) or wants none ({@code clientele.test.no-smtp=true}). Tests find
 * their messages by recipient, so they use addresses of their own.
 */
public class TestSmtp implements EnvironmentPostProcessor, Ordered {

	public static final Duration WAIT = Duration.ofSeconds(30);

	private static volatile GreenMail server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if ("true".equals(environment.getProperty("clientele.test.no-smtp"))
				|| environment.getProperty("spring.mail.host") != null) {
			return;
		}
		environment.getPropertySources().addFirst(new MapPropertySource("testSmtp", Map.of(
				"spring.mail.host", "127.0.0.1",
				"spring.mail.port", server().getSmtp().getPort())));
		environment.getPropertySources().addLast(new MapPropertySource("testMailTimings", Map.of(
				"clientele.mail.poll-interval", "500ms")));
	}

	/** The JVM's SMTP server, started on first use. */
	public static GreenMail server() {
		if (server == null) {
			synchronized (TestSmtp.class) {
				if (server == null) {
					GreenMail greenMail = start(ServerSetup.SMTP.dynamicPort());
					server = greenMail;
				}
			}
		}
		return server;
	}

	/** A GreenMail of its own, e.g. on a port chosen beforehand. */
	public static GreenMail start(ServerSetup setup) {
		GreenMail greenMail = new GreenMail(setup.createCopy("127.0.0.1"))
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		greenMail.start();
		return greenMail;
	}

	public static List<MimeMessage> messagesTo(String address) {
		return messagesTo(server(), address);
	}

	public static List<MimeMessage> messagesTo(GreenMail greenMail, String address) {
		return greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true)
				.toList();
	}

	/** The first message delivered to {@code address}, waiting for it as long as {@link #WAIT}. */
	public static ReceivedEmail awaitMessageTo(String address) {
		return awaitMessageTo(server(), address);
	}

	public static ReceivedEmail awaitMessageTo(GreenMail greenMail, String address) {
		List<MimeMessage> messages = Awaitility.await("a message to " + address).atMost(WAIT)
				.pollInterval(Duration.ofMillis(50)).until(() -> messagesTo(greenMail, address), l -> !l.isEmpty());
		return ReceivedEmail.of(messages.getFirst());
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
