package app.clientele.contacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import app.clientele.contacts.ContactFilter;
import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldRules;
import app.clientele.fields.CustomFieldType;
import app.clientele.fields.FieldOption;

/**
 * The custom-field part of a list's {@link FilterChips}: a chip per {@code cf.} parameter in the
 * field's own words ("Tier: Gold", "Renewal date from: 2027-01-01"), and a form per live field to
 * add one (its options to pick, a date or a number for a range, text otherwise).
 */
final class CustomFilterChips {

	private static final String PARAM = "cf.";

	private CustomFilterChips() {
	}

	/** The chips; {@code say} fills a catalogue message ({@code key}, arguments). */
	static List<FilterChips.Chip> chips(ContactFilter filter, CustomFieldRules rules,
			BiFunction<String, Object[], String> say, java.util.function.Function<ContactFilter, String> href) {
		List<FilterChips.Chip> chips = new ArrayList<>();
		filter.custom().forEach((param, values) -> {
			String rest = param.substring(PARAM.length());
			String end = rest.endsWith(".from") ? "from" : rest.endsWith(".to") ? "to" : null;
			String key = end == null ? rest : rest.substring(0, rest.length() - end.length() - 1);
			CustomField field = rules.field(key).orElse(null);
			String label = field == null ? key : field.label();
			String name = end == null ? label : say.apply("contacts.filter.cf." + end, new Object[] { label });
			for (String value : values) {
				String words = field == null || !field.type().hasOptions() ? value
						: field.option(value).map(FieldOption::label).orElse(value);
				chips.add(new FilterChips.Chip(say.apply("contacts.filter.chip", new Object[] { name, words }),
						href.apply(filter.withoutCustom(param))));
			}
		});
		return chips;
	}

	/** A form for each live field's filter: options to pick, both ends of a range, or text. */
	static List<FilterChips.Addable> addable(CustomFieldRules rules, BiFunction<String, Object[], String> say) {
		List<FilterChips.Addable> addable = new ArrayList<>();
		for (CustomField f : rules.fields()) {
			String param = PARAM + f.key();
			if (f.type().hasOptions()) {
				addable.add(new FilterChips.Addable(param, f.label(), "select",
						f.options().stream().map(o -> new FilterChips.Option(o.key(), o.label())).toList(), false));
			}
			else if (f.type() == CustomFieldType.CHECKBOX) {
				addable.add(new FilterChips.Addable(param, f.label(), "select",
						List.of(new FilterChips.Option("true", say.apply("contacts.filter.true", new Object[0])),
								new FilterChips.Option("false", say.apply("contacts.filter.false", new Object[0]))),
						true));
			}
			else if (f.type().ranged()) {
				String input = f.type() == CustomFieldType.DATE ? "date" : "number";
				for (String end : List.of("from", "to")) {
					addable.add(new FilterChips.Addable(param + "." + end,
							say.apply("contacts.filter.cf." + end, new Object[] { f.label() }), input, List.of(), true));
				}
			}
			else {
				addable.add(new FilterChips.Addable(param, f.label(), "text", List.of(), false));
			}
		}
		return addable;
	}
}
