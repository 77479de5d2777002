package app.clientele.imports.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.contacts.ContactColumns;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The import's field names as people read them ("Mobile phone", not {@code phone.MOBILE}): in the
 * mapping screen's choices, and in the problems the engine reports by field name in the API's
 * words, where a field name becomes its label and a field fed by one column becomes that column.
 */
@Component
class ImportWords {

	/** What a problem of no single field is reported under. */
	static final String ROW = "row";

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z.]*[A-Za-z]");

	private final MessageSource messages;

	ImportWords(MessageSource messages) {
		this.messages = messages;
	}

	/** A field's label, or the name itself when it is none of a contact's fields (a column's header). */
	String field(String name) {
		return messages.getMessage("import.field." + name, null, name, LocaleContextHolder.getLocale());
	}

	/** Every field a column may be mapped to, in the export's order. */
	List<String> fields() {
		return ContactColumns.NAMES;
	}

	/**
	 * Where a problem is, as the person knows it: the column of their file when one column feeds
	 * the field, else the field's label (also for a column named after a field, as in a vCard).
	 */
	String column(String field, Map<String, String> mapping) {
		if (ROW.equals(field)) {
			return messages.getMessage("import.problems.wholeRow", null, LocaleContextHolder.getLocale());
		}
		List<String> headers = mapping.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey)
				.toList();
		return field(headers.size() == 1 ? headers.getFirst() : field);
	}

	/**
	 * The engine's sentence with each field name in it that is no plain word ({@code firstName},
	 * {@code phone.MOBILE}; not "email") replaced by its label.
	 */
	String plain(String text) {
		Matcher words = WORD.matcher(text);
		StringBuilder plain = new StringBuilder();
		while (words.find()) {
			String word = words.group();
			boolean name = ContactColumns.NAMES.contains(word) && !word.equals(word.toLowerCase(Locale.ROOT));
			String label = name ? field(word) : word;
			words.appendReplacement(plain, Matcher.quoteReplacement(label));
		}
		words.appendTail(plain);
		return plain.toString();
	}
}
