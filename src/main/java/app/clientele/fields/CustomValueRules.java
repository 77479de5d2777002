package app.clientele.fields;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.clientele.platform.Emails;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.Printable;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.jspecify.annotations.Nullable;

/**
 * The value rules of each type: a value as a client sends it (a JSON scalar, list or object) in,
 * the stored value out, or a problem naming the field. Every write path (API, console, import)
 * comes through here, the console and the import after {@link CustomValueText} read their text.
 */
final class CustomValueRules {

	static final int MAX_TEXT = 255;
	static final int MAX_LONG_TEXT = 10_000;
	static final int MAX_URL = 2_000;
	/** Numbers up to a thousand billion with six decimals: what a business field holds, and safe as a JSON number. */
	static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000000");
	static final int MAX_DECIMALS = 6;

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private CustomValueRules() {
	}

	/** The stored form of {@code raw}, null for "no value"; a problem is added to {@code errors} instead when it breaks the rules. */
	static @Nullable Object normalise(CustomField field, @Nullable Object raw, String phoneRegion, String path,
			List<FieldProblem> errors) {
		if (raw == null || raw instanceof String s && s.isBlank()) {
			return null;
		}
		try {
			return switch (field.type()) {
				case TEXT -> text(raw, MAX_TEXT);
				case LONG_TEXT -> text(raw, MAX_LONG_TEXT);
				case NUMBER -> number(raw);
				case MONEY -> money(raw, field.currency());
				case DATE -> date(raw);
				case CHECKBOX -> checkbox(raw);
				case SELECT -> option(field, scalar(raw));
				case MULTI_SELECT -> {
					List<String> chosen = options(field, raw);
					yield chosen.isEmpty() ? null : chosen;
				}
				case URL -> url(raw);
				case EMAIL -> email(raw);
				case PHONE -> phone(raw, phoneRegion);
			};
		}
		catch (Refused e) {
			errors.add(FieldProblem.of(path, e.getMessage(), "validation.custom." + e.rule, field.label()));
			return null;
		}
	}

	/** A value that breaks a type's rule; the message is the API's text, the rule names the catalogue's. */
	static final class Refused extends RuntimeException {

		final String rule;

		Refused(String rule, String message) {
			super(message, null, false, false);
			this.rule = rule;
		}
	}

	private static String scalar(Object raw) {
		if (raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
			return raw.toString().strip();
		}
		throw new Refused("scalar", "must be a single value, not a list or an object");
	}

	private static String text(Object raw, int max) {
		String s = scalar(raw);
		if (s.length() > max) {
			throw new Refused("tooLong", "must be at most " + max + " characters");
		}
		if (max == MAX_TEXT && Printable.Check.hasControl(s)) {
			throw new Refused("control", "must not contain control characters or line breaks");
		}
		return s;
	}

	static BigDecimal number(Object raw) {
		BigDecimal n;
		try {
			n = raw instanceof Number ? new BigDecimal(raw.toString()) : new BigDecimal(scalar(raw).replace("_", ""));
		}
		catch (NumberFormatException e) {
			throw new Refused("number", "must be a number, such as 1250 or 12.5");
		}
		if (n.abs().compareTo(MAX_NUMBER) >= 0) {
			throw new Refused("numberRange", "must be less than 1,000,000,000,000,000 in size");
		}
		n = n.stripTrailingZeros();
		if (n.scale() > MAX_DECIMALS) {
			throw new Refused("decimals", "must have at most " + MAX_DECIMALS + " decimals");
		}
		return n.scale() < 0 ? n.setScale(0) : n;
	}

	private static Map<String, Object> money(Object raw, @Nullable String fieldCurrency) {
		Object amount = raw;
		String code = fieldCurrency;
		if (raw instanceof Map<?, ?> m) {
			amount = m.get("amount");
			code = m.get("currency") == null ? fieldCurrency : m.get("currency").toString().strip().toUpperCase(java.util.Locale.ROOT);
			if (amount == null) {
				throw new Refused("moneyAmount", "needs an amount");
			}
		}
		if (code == null) {
			throw new Refused("currency", "needs a currency (an ISO 4217 code such as EUR)");
		}
		Currency currency = currency(code);
		BigDecimal n = number(amount);
		if (n.scale() > Math.max(currency.getDefaultFractionDigits(), 0)) {
			throw new Refused("moneyDecimals", "must have at most " + currency.getDefaultFractionDigits() + " decimals in "
					+ currency.getCurrencyCode());
		}
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("amount", n);
		value.put("currency", currency.getCurrencyCode());
		return value;
	}

	static Currency currency(String code) {
		try {
			if (code.length() == 3) {
				return Currency.getInstance(code.toUpperCase(java.util.Locale.ROOT));
			}
		}
		catch (IllegalArgumentException e) {
			// refused below
		}
		throw new Refused("currency", "must be an ISO 4217 currency code such as EUR or USD (not " + code + ")");
	}

	private static String date(Object raw) {
		try {
			return LocalDate.parse(scalar(raw)).toString();
		}
		catch (DateTimeParseException e) {
			throw new Refused("date", "must be a date written as YYYY-MM-DD");
		}
	}

	private static Boolean checkbox(Object raw) {
		if (raw instanceof Boolean b) {
			return b;
		}
		throw new Refused("checkbox", "must be true or false");
	}

	private static String option(CustomField field, String wanted) {
		return field.option(wanted).map(FieldOption::key).orElseThrow(() -> new Refused("option",
				"must be one of " + String.join(", ", field.options().stream().map(FieldOption::key).toList())));
	}

	private static List<String> options(CustomField field, Object raw) {
		Collection<?> wanted = raw instanceof Collection<?> c ? c : List.of(scalar(raw));
		List<String> keys = new ArrayList<>();
		for (Object one : wanted) {
			if (one == null) {
				throw new Refused("option", "must not contain null");
			}
			String key = option(field, scalar(one));
			if (!keys.contains(key)) {
				keys.add(key);
			}
		}
		return field.options().stream().map(FieldOption::key).filter(keys::contains).toList();
	}

	private static String url(Object raw) {
		String s = scalar(raw);
		try {
			URI uri = new URI(s);
			if (s.length() <= MAX_URL && uri.getHost() != null
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
				return s;
			}
		}
		catch (URISyntaxException e) {
			// refused below
		}
		throw new Refused("url", "must be a web address starting with http:// or https://");
	}

	private static String email(Object raw) {
		String s = scalar(raw);
		if (!Emails.isValid(s)) {
			throw new Refused("email", "must be a valid email address");
		}
		return s;
	}

	private static String phone(Object raw, String region) {
		String s = scalar(raw);
		try {
			Phonenumber.PhoneNumber parsed = PHONES.parse(s.length() > 40 ? "" : s, region);
			if (PHONES.isValidNumber(parsed)) {
				return PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
			}
		}
		catch (NumberParseException e) {
			// refused below
		}
		throw new Refused("phone", "is not a phone number we can read (with region " + region + ")");
	}
}
