package app.clientele.contacts;

import java.util.List;

/**
 * Many contacts created at once ({@link ContactBatch}, an import's chunk): each as its own
 * {@link ContactCreated} would say, in one event so that listeners can write in one statement.
 * Published in the creating transaction, like {@link ContactCreated}.
 */
public record ContactsCreated(List<ContactCreated> created) {

	public ContactsCreated {
		created = List.copyOf(created);
	}
}
