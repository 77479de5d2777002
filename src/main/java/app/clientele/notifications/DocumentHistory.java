package app.clientele.notifications;

import java.util.UUID;

import app.clientele.contacts.ContactHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Documents sent to a contact are history: the contact is archived, never deleted. */
@Component
class DocumentHistory implements ContactHistory {

	private final JdbcClient jdbc;

	DocumentHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "documents";
	}

	@Override
	public boolean exists(UUID contactId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM document_delivery WHERE contact_id = :c)").param("c", contactId)
				.query(Boolean.class).single();
	}
}
