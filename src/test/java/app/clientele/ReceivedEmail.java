package app.clientele;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

/** A delivered MIME message as tests read it: its headers as they arrived, and both parts decoded. */
public record ReceivedEmail(MimeMessage message, List<Header> headers, String subject, String messageId,
		InternetAddress to, InternetAddress from, @Nullable String text, @Nullable String html) {

	public static ReceivedEmail of(MimeMessage message) {
		try {
			List<Header> headers = new ArrayList<>(Collections.list(message.getAllHeaders()));
			String[] text = new String[1];
			String[] html = new String[1];
			collect(message, text, html);
			return new ReceivedEmail(message, headers, message.getSubject(), message.getMessageID(),
					(InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0],
					(InternetAddress) message.getFrom()[0], text[0], html[0]);
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException("Unreadable message", e);
		}
	}

	/** The values of every header of that name, as received (unfolded, undecoded). */
	public List<String> header(String name) {
		return headers.stream().filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue).toList();
	}

	public List<String> headerNames() {
		return headers.stream().map(Header::getName).toList();
	}

	private static void collect(Part part, String[] text, String[] html) throws MessagingException, IOException {
		if (part.isMimeType("text/plain") && text[0] == null) {
			text[0] = (String) part.getContent();
		}
		else if (part.isMimeType("text/html") && html[0] == null) {
			html[0] = (String) part.getContent();
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), text, html);
			}
		}
	}
}
