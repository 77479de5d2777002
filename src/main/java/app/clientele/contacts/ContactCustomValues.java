package app.clientele.contacts;

import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.JsonbValueStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The contacts' custom field values as the fields module asks about them when a definition changes. */
@Component
class ContactCustomValues extends JsonbValueStore {

	ContactCustomValues(JdbcClient jdbc) {
		super(jdbc, "contact", CustomFieldEntity.CONTACT);
	}
}
