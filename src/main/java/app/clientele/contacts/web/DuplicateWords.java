package app.clientele.contacts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import app.clientele.contacts.DuplicatePair;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A pair's reasons in words, as the console shows them: "same email", "name 0.86 similar", "same name". */
@Component
class DuplicateWords {

	private final MessageSource messages;

	DuplicateWords(MessageSource messages) {
		this.messages = messages;
	}

	/** Each pair's reasons in words, by pair id. */
	Map<UUID, List<String>> of(List<DuplicatePair> pairs) {
		Map<UUID, List<String>> words = new LinkedHashMap<>();
		pairs.forEach(p -> words.put(p.id(), of(p)));
		return words;
	}

	List<String> of(DuplicatePair pair) {
		return pair.reasons().stream().map(r -> switch (r) {
			case "SIMILAR_NAME" -> pair.nameSimilarity() >= 1.0 ? say("duplicate.reason.SAME_NAME")
					: say("duplicate.reason.SIMILAR_NAME", String.format(Locale.ROOT, "%.2f", pair.nameSimilarity()));
			default -> say("duplicate.reason." + r);
		}).toList();
	}

	String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
