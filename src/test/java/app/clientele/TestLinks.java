package app.clientele;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Links as customers get them: from the email that carried the link, delivered to the test SMTP
 * server. (A link's token is made when its email is rendered, so the delivered email is the only
 * place it exists.)
 */
public final class TestLinks {

	private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");

	private TestLinks() {
	}

	/** The URL in the delivered email of the latest portal link of this purpose for the contact. */
	public static String portalLink(JdbcClient jdbc, String contactId, String purpose) {
		UUID link = jdbc.sql("""
				SELECT id FROM portal_link WHERE contact_id = CAST(:c AS uuid) AND purpose = :p
				ORDER BY created_at DESC, id DESC LIMIT 1
				""").param("c", contactId).param("p", purpose).query(UUID.class).single();
		return delivered(jdbc, link, "?token=");
	}

	/** The token of that URL. */
	public static String portalToken(JdbcClient jdbc, String contactId, String purpose) {
		String url = portalLink(jdbc, contactId, purpose);
		return url.substring(url.indexOf("token=") + 6);
	}

	/** The URL the delivered email carrying link {@code linkId} points at (the one containing {@code marker}). */
	public static String delivered(JdbcClient jdbc, UUID linkId, String marker) {
		Map<String, Object> email = Awaitility.await("the email of link " + linkId).atMost(TestSmtp.WAIT)
				.pollInterval(Duration.ofMillis(50))
				.until(() -> jdbc.sql("SELECT status, message_id, to_address FROM outbox_email WHERE link_id = :l "
						+ "ORDER BY created_at DESC LIMIT 1").param("l", linkId).query().listOfRows(),
						rows -> !rows.isEmpty() && !"QUEUED".equals(rows.getFirst().get("status"))
								&& !"SENDING".equals(rows.getFirst().get("status")))
				.getFirst();
		if (!"SENT".equals(email.get("status"))) {
			throw new IllegalStateException("the email of link " + linkId + " was not sent: " + email);
		}
		String messageId = (String) email.get("message_id");
		MimeMessage message = Awaitility.await("message " + messageId).atMost(TestSmtp.WAIT)
				.pollInterval(Duration.ofMillis(50))
				.until(() -> TestSmtp.messagesTo((String) email.get("to_address")).stream()
						.filter(m -> messageId.equals(id(m))).findFirst().orElse(null), m -> m != null);
		String text = ReceivedEmail.of(message).text();
		Matcher m = URL.matcher(text == null ? "" : text);
		while (m.find()) {
			if (m.group().contains(marker)) {
				return m.group();
			}
		}
		throw new IllegalStateException("no link with " + marker + " in message " + messageId + ": " + text);
	}

	private static String id(MimeMessage m) {
		try {
			return m.getMessageID();
		}
		catch (jakarta.mail.MessagingException e) {
			return "";
		}
	}
}
