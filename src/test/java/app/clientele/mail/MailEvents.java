package app.clientele.mail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Records {@link EmailSent} and {@link EmailFailed} as a listener in another module sees them: after commit. */
@Component
class MailEvents {

	private final List<EmailSent> sent = new CopyOnWriteArrayList<>();
	private final List<EmailFailed> failed = new CopyOnWriteArrayList<>();

	@TransactionalEventListener
	void on(EmailSent event) {
		sent.add(event);
	}

	@TransactionalEventListener
	void on(EmailFailed event) {
		failed.add(event);
	}

	List<EmailSent> sent() {
		return List.copyOf(sent);
	}

	List<EmailFailed> failed() {
		return List.copyOf(failed);
	}
}
