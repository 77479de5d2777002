package app.clientele.contacts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldRules;
import app.clientele.fields.CustomFieldType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * The custom fields of the console's contact form: posted as {@code cf.<key>} (a multi-select as
 * one parameter per ticked option, a checkbox as a hidden "false" followed by the box's "true"),
 * read into the texts the fields module reads like an import's cells, and shown back with the
 * values typed or stored.
 */
@Component
class CustomFieldInputs {

	static final String PREFIX = "cf.";

	private final ContactManagement contacts;

	CustomFieldInputs(ContactManagement contacts) {
		this.contacts = contacts;
	}

	/** The texts typed, by key: a multi-select's options joined with "; ", a checkbox's last value. */
	Map<String, String> typed(MultiValueMap<String, String> params) {
		CustomFieldRules rules = contacts.customFieldRules();
		Map<String, String> texts = new LinkedHashMap<>();
		for (CustomField field : rules.fields()) {
			List<String> values = params.get(PREFIX + field.key());
			if (values == null || values.isEmpty()) {
				texts.put(field.key(), "");
			}
			else if (field.type() == CustomFieldType.MULTI_SELECT) {
				texts.put(field.key(), String.join("; ", values));
			}
			else {
				texts.put(field.key(), values.getLast());
			}
		}
		return texts;
	}

	/** The values a client would send for the texts typed. */
	Map<String, @Nullable Object> values(Map<String, String> typed) {
		return contacts.customFieldRules().fromText(typed);
	}

	/** A contact's stored values as the form shows them (options by key, as the form posts them). */
	Map<String, String> of(Contact contact) {
		CustomFieldRules rules = contacts.customFieldRules();
		Map<String, String> texts = new LinkedHashMap<>();
		rules.fields().forEach(f -> texts.put(f.key(), formText(rules, f, contact.customFields().get(f.key()))));
		return texts;
	}

	/** A new contact's form: each field's default, as the form shows it. */
	Map<String, String> defaults() {
		CustomFieldRules rules = contacts.customFieldRules();
		Map<String, String> texts = new LinkedHashMap<>();
		rules.fields().forEach(f -> texts.put(f.key(), formText(rules, f, f.defaultValue())));
		return texts;
	}

	private static String formText(CustomFieldRules rules, CustomField field, @Nullable Object value) {
		if (value instanceof List<?> keys) {
			return String.join("; ", keys.stream().map(Object::toString).toList());
		}
		return field.type().hasOptions() && value != null ? value.toString() : rules.text(field.key(), value);
	}

	List<CustomField> fields() {
		return contacts.customFieldRules().fields();
	}

	/** A contact page's custom fields: {@code customFields} and the values as people read them, {@code customShown}. */
	void shown(Model model, Contact contact) {
		CustomFieldRules rules = contacts.customFieldRules();
		Map<String, String> shown = new LinkedHashMap<>();
		rules.visible(contact.customFields()).forEach((key, value) -> shown.put(key, rules.show(key, value)));
		model.addAttribute("customFields", rules.fields());
		model.addAttribute("customShown", shown);
	}
}
