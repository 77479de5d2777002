package app.clientele.accounts;

import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.JsonbValueStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The accounts' custom field values as the fields module asks about them when a definition changes. */
@Component
class AccountCustomValues extends JsonbValueStore {

	AccountCustomValues(JdbcClient jdbc) {
		super(jdbc, "account", CustomFieldEntity.ACCOUNT);
	}
}
