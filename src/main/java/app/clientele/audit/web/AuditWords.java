package app.clientele.audit.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.audit.AuditEntry;
import app.clientele.platform.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An entry's details as short lines in people's words for the audit page: a change as
 * "Company name: Old → New", anything else as "Reason: Wrong password". Keys read as
 * {@code audit.detail.<key>} says (else as words: {@code onDuplicate} "On duplicate"), codes as
 * {@code label.Audit.<CODE>} says (else as words). The API and the CSV carry the details as stored.
 */
@Component("auditWords")
class AuditWords {

	static final int LONGEST = 120;
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
	private static final Pattern CAPITAL = Pattern.compile("(?=[A-Z])");
	/** {@code includeArchived=false} inside a text (an export's filters) reads "Archived included: false". */
	private static final Pattern KEY_VALUE = Pattern.compile("(?<![A-Za-z0-9_])([a-z][A-Za-z0-9]*)=");

	private final MessageSource messages;
	private final Labels labels;

	AuditWords(MessageSource messages, Labels labels) {
		this.messages = messages;
		this.labels = labels;
	}

	public List<String> details(AuditEntry entry) {
		List<String> lines = new ArrayList<>();
		entry.details().forEach((key, value) -> {
			String name = name(key);
			if (value instanceof Map<?, ?> change && change.containsKey("before") && change.containsKey("after")) {
				lines.add(name + ": " + shown(change.get("before")) + " → " + shown(change.get("after")));
			}
			else {
				lines.add(name + ": " + shown(value));
			}
		});
		return lines;
	}

	private String shown(Object value) {
		String text = switch (value) {
			case null -> "–";
			case Boolean yes -> messages.getMessage(yes ? "audit.yes" : "audit.no", null, LocaleContextHolder.getLocale());
			case String code when CODE.matcher(code).matches() -> labels.text("Audit", code);
			case Collection<?> items -> String.join(", ", items.stream().map(this::shown).toList());
			case String words -> KEY_VALUE.matcher(words).replaceAll(m -> Matcher.quoteReplacement(name(m.group(1)) + ": "));
			default -> String.valueOf(value);
		};
		return text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text;
	}

	private String name(String key) {
		return messages.getMessage("audit.detail." + key, null, words(key), LocaleContextHolder.getLocale());
	}

	/** {@code onDuplicate} as "On duplicate". */
	static String words(String key) {
		String words = String.join(" ", CAPITAL.split(key)).toLowerCase(Locale.ROOT);
		return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
