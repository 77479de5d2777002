package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

class MessageComposerTests {

	private final Session session = Session.getInstance(new Properties());

	private OutboxEmail email(String toName) {
		UUID id = UUID.randomUUID();
		return new OutboxEmail(id, TemplateKey.WELCOME, null, null, "ada@example.com", toName, "Welcome", Map.of(),
				Map.of(), null, "<" + id + "@clientele.test>", EmailStatus.SENDING, 1, null, Instant.now(), null);
	}

	private EmailRenderer.Ready ready(String subject, Map<String, String> headers) {
		return new EmailRenderer.Ready(new RenderedEmail(subject, "<p>Hi</p>", "Hi"), headers);
	}

	private static String raw(MimeMessage message) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void retryKeepsOneMessageId() throws Exception {
		OutboxEmail email = email("Ada");
		MimeMessage first = MessageComposer.compose(session, email, ready("Welcome", Map.of()), "no-reply@x.test", "X");
		MimeMessage second = MessageComposer.compose(session, email, ready("Welcome", Map.of()), "no-reply@x.test", "X");
		first.saveChanges();
		second.saveChanges();
		assertThat(first.getMessageID()).isEqualTo(email.messageId()).isEqualTo(second.getMessageID());
	}

	@Test
	void lineBreaksNeverCreateHeaders() throws Exception {
		MimeMessage message = MessageComposer.compose(session, email("Eve\r\nBcc: spy@evil.example"),
				ready("Hi\r\nBcc: spy@evil.example", Map.of("List-Unsubscribe", "<https://x.test/u>\r\nBcc: spy@evil.example")),
				"no-reply@x.test", "Company\nBcc: spy@evil.example");
		String headers = raw(message).split("\r\n\r\n", 2)[0];
		assertThat(headers.lines().filter(l -> l.regionMatches(true, 0, "Bcc:", 0, 4))).isEmpty();
		assertThat(message.getHeader("Bcc")).isNull();
		assertThat(message.getSubject()).isEqualTo("Hi Bcc: spy@evil.example");
	}

	@Test
	void sendsBothPartsInUtf8() throws Exception {
		MimeMessage message = MessageComposer.compose(session, email("Zoë"), ready("Grüße", Map.of()),
				"no-reply@x.test", "Café");
		String raw = raw(message);
		assertThat(raw).contains("multipart/alternative", "text/plain; charset=UTF-8", "text/html; charset=UTF-8");
		assertThat(message.getSubject()).isEqualTo("Grüße");
	}
}
