package app.clientele.platform;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a code reads as to a person: {@code BUYER} as "Buyer", {@code jobTitle} as "Job title".
 * Pages reach it as {@code ${@labels.of(contact.stage)}}; the words are in i18n/labels.properties
 * under {@code label.<EnumSimpleName>.<CONSTANT>} and {@code label.field.<name>}. A missing label
 * of an enum shows as {@code ??label.Stage.X??}, as Thymeleaf shows any missing message, so the
 * browser tests see it; codes that are free text (a document's status) read as words instead.
 */
@Component("labels")
public class Labels {

	private final MessageSource messages;

	public Labels(MessageSource messages) {
		this.messages = messages;
	}

	/** The label of an enum constant; empty for none. */
	public String of(@Nullable Enum<?> value) {
		return value == null ? "" : of(kind(value.getDeclaringClass()), value.name());
	}

	/**
	 * The name an enum's labels go by: its simple name, after its enclosing type's for a nested one
	 * ({@code Emailability.Reason}), as two enums share the name {@code Reason}.
	 */
	public static String kind(Class<?> type) {
		Class<?> outer = type.getEnclosingClass();
		return outer == null ? type.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
	}

	/** The label of a code of the given kind ({@code of("Stage", "CLIENT")}), for codes kept as text. */
	public String of(String kind, @Nullable Object code) {
		if (code == null || code.toString().isEmpty()) {
			return "";
		}
		String key = "label." + kind + "." + code;
		try {
			return messages.getMessage(key, null, locale());
		}
		catch (NoSuchMessageException e) {
			return "??" + key + "_" + locale() + "??";
		}
	}

	/** The labels of several codes of one kind, in the order given, joined with commas. */
	public String all(String kind, @Nullable Iterable<?> codes) {
		if (codes == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (Object code : codes) {
			text.append(text.isEmpty() ? "" : ", ").append(code instanceof Enum<?> e ? of(e) : of(kind, code));
		}
		return text.toString();
	}

	/**
	 * A code that is free text rather than one of a known set (a document's status): its label when
	 * there is one, else the code as words ({@code PAST_DUE}: "Past due").
	 */
	public String text(String kind, @Nullable String code) {
		if (code == null || code.isEmpty()) {
			return "";
		}
		String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return messages.getMessage("label." + kind + "." + code, null,
				Character.toUpperCase(words.charAt(0)) + words.substring(1), locale());
	}

	/** What a field of a record reads as: {@code jobTitle} as "Job title". */
	public String field(String name) {
		return of("field", name);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
