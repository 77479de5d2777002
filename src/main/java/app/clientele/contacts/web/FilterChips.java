package app.clientele.contacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import app.clientele.contacts.ContactFilter;
import app.clientele.contacts.ContactFilterKind;
import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a console contact list as a person reads them: a chip per value ("Stage: Lead"),
 * each a link to the same list without it; the filters that can still be added, each a small GET
 * form carrying the others; and the query of the list itself, for its next page and its export.
 * Everything is in the URL, so a filtered list can be bookmarked and shared.
 *
 * @param chips the chosen values, in the filters' order
 * @param addable the filters a form offers to add
 * @param kept the current query as hidden fields of those forms
 */
record FilterChips(List<Chip> chips, List<Addable> addable, List<Map.Entry<String, String>> kept, String path,
		ContactFilter filter) {

	record Chip(String label, String remove) {
	}

	/** One value a select offers, in words. */
	record Option(String value, String label) {
	}

	/**
	 * A filter to add: its parameter, its name in words, how its value is asked for (select, text
	 * or date), and whether the value replaces the current one (a filter taking one value).
	 */
	record Addable(String param, String label, String input, List<Option> options, boolean replaces) {
	}

	/** Names of the records a filter names by id: account classes, sites. */
	record Names(Map<UUID, String> classes, Map<UUID, String> sites) {
	}

	static FilterChips of(ContactFilter filter, String path, Names names, Labels labels, MessageSource messages,
			CustomFieldRules custom) {
		Words words = new Words(labels, messages, names);
		List<Chip> chips = new ArrayList<>();
		for (Map.Entry<ContactFilterKind, String> chosen : filter.chosen()) {
			ContactFilterKind kind = chosen.getKey();
			chips.add(new Chip(words.say("contacts.filter.chip", words.kind(kind), words.value(kind, chosen.getValue())),
					href(path, filter.without(kind, chosen.getValue()), null)));
		}
		chips.addAll(CustomFilterChips.chips(filter, custom, words::say, f -> href(path, f, null)));
		List<Addable> addable = new ArrayList<>();
		for (ContactFilterKind kind : ContactFilterKind.values()) {
			if (kind.repeatable() || filter.value(kind) == null || kind == ContactFilterKind.ARCHIVED) {
				addable(kind, words, names).ifPresent(addable::add);
			}
		}
		addable.addAll(CustomFilterChips.addable(custom, words::say));
		List<Map.Entry<String, String>> kept = new ArrayList<>();
		filter.params().forEach((param, values) -> values.forEach(v -> kept.add(Map.entry(param, v))));
		return new FilterChips(chips, addable, kept, path, filter);
	}

	private static java.util.Optional<Addable> addable(ContactFilterKind kind, Words words, Names names) {
		List<Option> options;
		if (kind == ContactFilterKind.SITE || kind == ContactFilterKind.ACCOUNT_CLASS) {
			options = (kind == ContactFilterKind.SITE ? names.sites() : names.classes()).entrySet().stream()
					.map(e -> new Option(e.getKey().toString(), e.getValue()))
					.sorted(java.util.Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER)).toList();
			if (options.isEmpty()) {
				return java.util.Optional.empty();
			}
		}
		else {
			List<String> values = kind.yesOrNo() ? List.of("true", "false") : kind.choices();
			options = values.stream().map(v -> new Option(v, words.value(kind, v))).toList();
		}
		String input = kind.input();
		return java.util.Optional.of(new Addable(kind.param(), words.kind(kind), input, options, !kind.repeatable()));
	}

	/** The list's own link with {@code after} (a next page) or without. */
	public String href(@Nullable String after) {
		return href(path, filter, after);
	}

	/** The export of the same list. */
	public String export() {
		return href(path + "/export.csv", filter, null);
	}

	private static String href(String path, ContactFilter filter, @Nullable String after) {
		LinkedMultiValueMap<String, String> query = new LinkedMultiValueMap<>(filter.params());
		if (after != null) {
			query.add("after", after);
		}
		return UriComponentsBuilder.fromPath(path).queryParams(query).encode().build().toUriString();
	}

	/** What codes read as: the kinds' names and their values' words, from the message catalogue. */
	private record Words(Labels labels, MessageSource messages, Names names) {

		String kind(ContactFilterKind kind) {
			return say("contacts.filter." + kind.param());
		}

		String value(ContactFilterKind kind, String value) {
			return switch (kind) {
				case STAGE -> labels.of("Stage", value);
				case PORTAL_STATUS -> labels.of("PortalStatus", value);
				case ACCOUNT_CLASS -> named(names.classes(), value);
				case SITE -> named(names.sites(), value);
				default -> kind.yesOrNo() ? say("contacts.filter." + value)
						: kind.choices().isEmpty() ? value
								: say("contacts.filter." + kind.param() + "." + value.toLowerCase(Locale.ROOT));
			};
		}

		private String named(Map<UUID, String> known, String id) {
			String name = known.get(UUID.fromString(id));
			return name != null ? name : say("contacts.filter.unknown");
		}

		String say(String key, Object... args) {
			return messages.getMessage(key, args, LocaleContextHolder.getLocale());
		}
	}
}
