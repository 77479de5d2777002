package app.clientele.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldManagement;
import app.clientele.fields.CustomFieldRules;
import app.clientele.fields.CustomValuesJson;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.IfMatch;
import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts with their custom fields: the values live in account's {@code custom_fields} column,
 * next to the aggregate {@link AccountManagement} saves (which never writes that column). A
 * create or an edit checks the details and the values together, so a bad value refuses the whole
 * request with every problem named, and writes both in one transaction.
 */
@Service
public class AccountCustomFields {

	private final AccountManagement accounts;
	private final CustomFieldManagement fields;
	private final FieldConstraints constraints;
	private final JdbcClient jdbc;

	AccountCustomFields(AccountManagement accounts, CustomFieldManagement fields, FieldConstraints constraints,
			JdbcClient jdbc) {
		this.accounts = accounts;
		this.fields = fields;
		this.constraints = constraints;
		this.jdbc = jdbc;
	}

	public CustomFieldRules rules() {
		return fields.rules(CustomFieldEntity.ACCOUNT);
	}

	/** Creates the account with its values ({@code customFields} null: each field's default). */
	@Transactional
	public Account create(AccountDetails details, @Nullable Map<String, ?> customFields) {
		Map<String, Object> values = checked(details, customFields, Map.of(), true);
		Account account = accounts.create(details);
		write(account.id(), values);
		return account;
	}

	/** Changes the account and, when {@code customFields} is given, replaces its values (a merge patch sends them all). */
	@Transactional
	public Account update(UUID id, AccountDetails details, @Nullable Map<String, ?> customFields, IfMatch ifMatch) {
		Map<String, Object> before = of(id);
		Map<String, Object> values = customFields == null ? before : checked(details, customFields, before, false);
		Account account = accounts.update(id, details, ifMatch);
		if (!values.equals(before)) {
			write(id, values);
		}
		return account;
	}

	/** The stored values of an account (deleted fields' included; {@link CustomFieldRules#visible} hides them). */
	@Transactional(readOnly = true)
	public Map<String, Object> of(UUID accountId) {
		return of(List.of(accountId)).getOrDefault(accountId, Map.of());
	}

	/** The stored values of many accounts, in one statement. */
	@Transactional(readOnly = true)
	public Map<UUID, Map<String, Object>> of(Collection<UUID> accountIds) {
		Map<UUID, Map<String, Object>> values = new HashMap<>();
		if (!accountIds.isEmpty()) {
			jdbc.sql("SELECT id, custom_fields FROM account WHERE id = ANY(:ids)")
					.param("ids", accountIds.toArray(UUID[]::new))
					.query(rs -> {
						values.put(rs.getObject("id", UUID.class), CustomValuesJson.read(rs.getString("custom_fields")));
					});
		}
		return values;
	}

	private Map<String, Object> checked(AccountDetails details, @Nullable Map<String, ?> input, Map<String, Object> before,
			boolean creating) {
		List<FieldProblem> errors = new ArrayList<>();
		Map<String, Object> values = rules().check(input, before, creating, errors);
		if (!errors.isEmpty()) {
			constraints.valid(details, errors);
			throw new InvalidInput(errors);
		}
		return values;
	}

	private void write(UUID accountId, Map<String, Object> values) {
		jdbc.sql("UPDATE account SET custom_fields = CAST(:values AS jsonb) WHERE id = :id").param("id", accountId)
				.param("values", CustomValuesJson.write(values)).update();
	}
}
