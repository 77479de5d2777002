package app.clientele.contacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldRules;
import app.clientele.fields.CustomFieldType;
import app.clientele.fields.CustomValuesJson;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The custom-field part of a contact list's filter, from the query parameters {@code cf.<key>}
 * (equals; repeated: any of them) and {@code cf.<key>.from} / {@code cf.<key>.to} (a range of a
 * date, number or money field, both ends included). Values are read as the console's form reads
 * them and checked by the field's rules, so a bad one is a {@code 400} naming its parameter.
 * A range compares the expression {@link CustomFieldIndexes} indexes; equality is said at
 * {@link #equals}.
 */
record CustomFieldFilter(List<Condition> conditions) {

	static final String PARAM = "cf.";

	/** One field's condition: SQL over the contact row {@code c} and its named parameters. */
	record Condition(String sql, Map<String, Object> params) {
	}

	static CustomFieldFilter none() {
		return new CustomFieldFilter(List.of());
	}

	boolean isEmpty() {
		return conditions.isEmpty();
	}

	/** The conditions of the {@code cf.} parameters among {@code query} (name → its values); others are ignored. */
	static CustomFieldFilter of(Map<String, List<String>> query, CustomFieldRules rules) {
		List<FieldProblem> errors = new ArrayList<>();
		List<Condition> conditions = new ArrayList<>();
		query.forEach((name, values) -> {
			if (name.startsWith(PARAM)) {
				Condition c = condition(name, values, rules, conditions.size(), errors);
				if (c != null) {
					conditions.add(c);
				}
			}
		});
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new CustomFieldFilter(List.copyOf(conditions));
	}

	private static @Nullable Condition condition(String name, List<String> values, CustomFieldRules rules, int n,
			List<FieldProblem> errors) {
		String rest = name.substring(PARAM.length());
		String end = rest.endsWith(".from") ? "from" : rest.endsWith(".to") ? "to" : null;
		String key = end == null ? rest : rest.substring(0, rest.length() - end.length() - 1);
		CustomField field = rules.field(key).orElse(null);
		List<String> given = values.stream().filter(v -> v != null && !v.isBlank()).toList();
		if (field == null) {
			errors.add(new FieldProblem(name, "is not a filter: contacts have no custom field " + key));
			return null;
		}
		if (given.isEmpty()) {
			return null;
		}
		return end == null ? equals(name, field, given, rules, n, errors) : range(name, end, field, given, rules, n, errors);
	}

	/**
	 * Equality. Options, checkboxes, dates, numbers and money compare the expression
	 * {@link CustomFieldIndexes} indexes (and keeps statistics of): PostgreSQL then knows whether an
	 * option is common (walk the name order) or rare (read its index), and a GIN bitmap of a quarter
	 * of the contacts is never ANDed with a range (that cost ten times the query). Free text, URLs,
	 * emails, phones and multi-selects use the GIN index: their values are rare, or lists.
	 */
	private static @Nullable Condition equals(String name, CustomField field, List<String> given, CustomFieldRules rules,
			int n, List<FieldProblem> errors) {
		List<String> any = new ArrayList<>();
		Map<String, Object> params = new java.util.HashMap<>();
		for (String text : given) {
			Object value = rules.parse(field, text, name, errors);
			if (value == null) {
				return null;
			}
			String param = "cf" + n + "_" + any.size();
			any.add(switch (field.type()) {
				case SELECT, CHECKBOX, DATE -> "(c.custom_fields ->> '" + field.key() + "') = :" + param;
				case NUMBER, MONEY -> CustomFieldIndexes.expression("c", field) + " = :" + param;
				default -> "c.custom_fields @> CAST(:" + param + " AS jsonb)";
			});
			params.put(param, switch (field.type()) {
				case SELECT, CHECKBOX, DATE -> value.toString();
				case NUMBER -> value;
				case MONEY -> ((Map<?, ?>) value).get("amount");
				default -> CustomValuesJson.write(Map.of(field.key(), value));
			});
		}
		if (field.type() == CustomFieldType.CHECKBOX && "false".equals(params.values().iterator().next())) {
			return new Condition("(c.custom_fields ->> '" + field.key() + "') IS DISTINCT FROM 'true'", Map.of());
		}
		return new Condition("(" + String.join(" OR ", any) + ")", params);
	}

	private static @Nullable Condition range(String name, String end, CustomField field, List<String> given,
			CustomFieldRules rules, int n, List<FieldProblem> errors) {
		String expression = CustomFieldIndexes.expression("c", field);
		if (expression == null || !field.type().ranged()) {
			errors.add(new FieldProblem(name, "is not a filter: only dates, numbers and money have ranges"));
			return null;
		}
		Object value = rules.parse(field, given.getLast(), name, errors);
		if (value == null) {
			return null;
		}
		Object bound = value instanceof Map<?, ?> money ? (BigDecimal) money.get("amount") : value;
		String op = end.equals("from") ? " >= " : " <= ";
		return new Condition(expression + op + ":cf" + n, Map.of("cf" + n, bound));
	}
}
