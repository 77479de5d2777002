package app.clientele.contacts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stands in for the audit trail until it listens: every {@link ContactsExported} the app
 * published. Lives only on the test classpath.
 */
@Component
class TestExports {

	private final List<ContactsExported> published = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ContactsExported event) {
		published.add(event);
	}

	List<ContactsExported> published() {
		return List.copyOf(published);
	}
}
