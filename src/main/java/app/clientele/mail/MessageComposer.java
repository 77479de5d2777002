package app.clientele.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

/**
 * Builds the MIME message of a rendered email: text and HTML as alternatives, in UTF-8. Every
 * header value passes {@link HeaderValues#clean}, names and subject included, so no value can
 * start a header of its own. The Message-ID is the email's own, the same on every attempt.
 */
final class MessageComposer {

	static final String MESSAGE_ID = "Message-ID";

	private MessageComposer() {
	}

	static MimeMessage compose(Session session, OutboxEmail email, EmailRenderer.Ready ready, String fromAddress,
			String fromName) throws MessagingException {
		MimeMessage message = new IdentifiedMessage(session, email.messageId());
		message.setFrom(address(fromAddress, fromName));
		message.setRecipient(MimeMessage.RecipientType.TO, address(email.toAddress(), email.toName()));
		message.setSubject(HeaderValues.clean(ready.email().subject()), StandardCharsets.UTF_8.name());
		message.setSentDate(new Date());
		message.setHeader(MESSAGE_ID, email.messageId());
		for (Map.Entry<String, String> header : ready.headers().entrySet()) {
			if (HeaderValues.allowedName(header.getKey())) {
				message.setHeader(header.getKey(),
						MimeUtility.fold(header.getKey().length() + 2, encoded(HeaderValues.clean(header.getValue()))));
			}
		}
		MimeBodyPart text = new MimeBodyPart();
		text.setText(ready.email().text(), "UTF-8", "plain");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(ready.email().html(), "UTF-8", "html");
		MimeMultipart alternatives = new MimeMultipart("alternative");
		alternatives.addBodyPart(text);
		alternatives.addBodyPart(html);
		message.setContent(alternatives);
		message.saveChanges();
		return message;
	}

	private static String encoded(String value) {
		try {
			return MimeUtility.encodeText(value, "UTF-8", null);
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException("UTF-8 is always supported", e);
		}
	}

	private static InternetAddress address(String address, String name) throws MessagingException {
		try {
			InternetAddress parsed = new InternetAddress(HeaderValues.clean(address), true);
			String personal = HeaderValues.clean(name);
			if (!personal.isEmpty()) {
				parsed.setPersonal(personal, "UTF-8");
			}
			return parsed;
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException("UTF-8 is always supported", e);
		}
	}

	/** A message that keeps its Message-ID when saved, instead of making a new one. */
	static final class IdentifiedMessage extends MimeMessage {

		private final String messageId;

		IdentifiedMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader(MESSAGE_ID, messageId);
		}
	}
}
