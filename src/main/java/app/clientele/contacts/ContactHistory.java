package app.clientele.contacts;

import java.util.UUID;

/**
 * The extension point behind the delete rule: a contact with history (sent email, portal
 * activity, campaign history, documents) is archived, never deleted. Each module that keeps such
 * history contributes a bean.
 */
public interface ContactHistory {

	/** What this history is called in the refusal, e.g. "sent email". */
	String kind();

	boolean exists(UUID contactId);
}
