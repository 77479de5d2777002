package app.clientele.mail;

import java.util.Date;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends messages one at a time over one SMTP connection (opened when first needed, opened again
 * after the server dropped it), so each is known accepted the moment the server takes it and can
 * be recorded as sent before the next goes: a node that dies mid-batch has at most the one email
 * in flight sent again. A sender other than JavaMailSenderImpl sends each message on its own.
 */
final class SmtpConnection implements AutoCloseable {

	private final JavaMailSender sender;
	private @Nullable Transport transport;

	SmtpConnection(JavaMailSender sender) {
		this.sender = sender;
	}

	/** The server could not be reached (or refused the login): no message can go over this connection now. */
	static final class Unreachable extends MessagingException {

		Unreachable(MessagingException cause) {
			super(cause.getMessage(), cause);
		}
	}

	/**
	 * Sends one message; returns once the server accepted it, throws when it did not, and
	 * {@link Unreachable} when no connection could be made.
	 */
	void send(MimeMessage message) throws MessagingException {
		if (!(sender instanceof JavaMailSenderImpl impl)) {
			sender.send(message);
			return;
		}
		Transport connected = connected(impl);
		// As JavaMailSenderImpl does: the Message-ID the outbox chose survives saveChanges().
		if (message.getSentDate() == null) {
			message.setSentDate(new Date());
		}
		String messageId = message.getMessageID();
		message.saveChanges();
		if (messageId != null) {
			message.setHeader("Message-ID", messageId);
		}
		Address[] recipients = message.getAllRecipients();
		connected.sendMessage(message, recipients == null ? new Address[0] : recipients);
	}

	private Transport connected(JavaMailSenderImpl impl) throws MessagingException {
		if (transport != null && transport.isConnected()) {
			return transport;
		}
		close();
		String protocol = impl.getProtocol() != null ? impl.getProtocol()
				: impl.getSession().getProperty("mail.transport.protocol");
		String username = impl.getUsername() == null || impl.getUsername().isEmpty() ? null : impl.getUsername();
		String password = username == null && "".equals(impl.getPassword()) ? null : impl.getPassword();
		try {
			Transport opened = impl.getSession().getTransport(protocol == null ? "smtp" : protocol);
			opened.connect(impl.getHost(), impl.getPort(), username, password);
			transport = opened;
			return opened;
		}
		catch (MessagingException e) {
			throw new Unreachable(e);
		}
	}

	@Override
	public void close() {
		if (transport != null) {
			try {
				transport.close();
			}
			catch (MessagingException e) {
				// Closing a connection that already broke: nothing is lost, the next send opens a new one.
			}
			transport = null;
		}
	}
}
