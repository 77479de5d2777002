package app.clientele.contacts.web;

import java.util.List;
import java.util.Map;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldForms;
import app.clientele.fields.CustomFieldRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/** The contacts' custom fields on the console's contact form and page ({@link CustomFieldForms}). */
@Component
class CustomFieldInputs {

	private final ContactManagement contacts;

	CustomFieldInputs(ContactManagement contacts) {
		this.contacts = contacts;
	}

	Map<String, String> typed(MultiValueMap<String, String> params) {
		return CustomFieldForms.typed(contacts.customFieldRules(), params);
	}

	/** The values a client would send for the texts typed. */
	Map<String, @Nullable Object> values(Map<String, String> typed) {
		return contacts.customFieldRules().fromText(typed);
	}

	Map<String, String> of(Contact contact) {
		return CustomFieldForms.texts(contacts.customFieldRules(), contact.customFields());
	}

	Map<String, String> defaults() {
		return CustomFieldForms.defaults(contacts.customFieldRules());
	}

	List<CustomField> fields() {
		return contacts.customFieldRules().fields();
	}

	/** A contact page's custom fields: {@code customFields} and the values as people read them, {@code customShown}. */
	void shown(Model model, Contact contact) {
		CustomFieldRules rules = contacts.customFieldRules();
		model.addAttribute("customFields", rules.fields());
		model.addAttribute("customShown", CustomFieldForms.shown(rules, contact.customFields()));
	}
}
