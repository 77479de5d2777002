package app.clientele.fields;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Values as text, both ways: what a console form or an import cell says, read into the value a
 * client would send ({@link #read}); and a stored value written for a file ({@link #write}: read
 * back by {@link #read}, so an export imports again) or for a person ({@link #show}).
 */
final class CustomValueText {

	private static final Pattern MONEY = Pattern.compile("^\\s*([A-Za-z]{3})?\\s*([-+]?[0-9][0-9.,_ ]*)\\s*([A-Za-z]{3})?\\s*$");
	private static final Pattern GROUPED = Pattern.compile("^[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");

	private CustomValueText() {
	}

	/** The value a client would send for {@code text}; null for an empty cell. */
	static @Nullable Object read(CustomFieldType type, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String s = text.strip();
		return switch (type) {
			case CHECKBOX -> checkbox(s);
			case MULTI_SELECT -> Arrays.stream(s.split(s.contains(";") ? ";" : ",")).map(String::strip)
					.filter(v -> !v.isEmpty()).toList();
			case NUMBER -> number(s);
			case MONEY -> money(s);
			default -> s;
		};
	}

	private static Object checkbox(String s) {
		return switch (s.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "y", "1", "x", "on", "checked" -> Boolean.TRUE;
			case "false", "no", "n", "0", "off", "unchecked" -> Boolean.FALSE;
			default -> s;
		};
	}

	private static String number(String s) {
		String plain = s.replace(" ", "").replace("_", "");
		return GROUPED.matcher(plain).matches() ? plain.replace(",", "") : plain;
	}

	private static Object money(String s) {
		Matcher m = MONEY.matcher(s);
		if (!m.matches() || m.group(1) != null && m.group(3) != null) {
			return s;
		}
		String code = m.group(1) != null ? m.group(1) : m.group(3);
		String amount = number(m.group(2));
		if (code == null) {
			return amount;
		}
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("amount", amount);
		value.put("currency", code.toUpperCase(Locale.ROOT));
		return value;
	}

	/** A stored value as a file cell: numbers plain, money "12.50 EUR", options by label, lists joined with "; ". */
	static String write(CustomField field, Object value) {
		return switch (field.type()) {
			case NUMBER -> plain(value);
			case MONEY -> value instanceof Map<?, ?> m ? plain(m.get("amount")) + " " + m.get("currency") : value.toString();
			case SELECT -> field.optionLabel(value.toString());
			case MULTI_SELECT -> value instanceof List<?> l
					? String.join("; ", l.stream().map(k -> field.optionLabel(k.toString())).toList())
					: value.toString();
			default -> value.toString();
		};
	}

	/** A stored value as a page shows it: checkboxes as Yes and No, the rest as in a file. */
	static String show(CustomField field, Object value) {
		if (field.type() == CustomFieldType.CHECKBOX) {
			return Boolean.TRUE.equals(value) ? "Yes" : "No";
		}
		return write(field, value);
	}

	private static String plain(@Nullable Object n) {
		return n instanceof BigDecimal d ? d.toPlainString() : String.valueOf(n);
	}
}
