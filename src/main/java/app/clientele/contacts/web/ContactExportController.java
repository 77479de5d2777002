package app.clientele.contacts.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import app.clientele.contacts.ContactExport;
import app.clientele.contacts.ContactFilter;
import app.clientele.contacts.ContactManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's downloads: the CSV of the list a page shows (an account's contacts, a search),
 * with that page's filters (the same parameters as the API's), and a contact's vCard. The
 * same files as the API's, for a signed-in session.
 */
@Controller
class ContactExportController {

	private final ContactExport export;
	private final ContactManagement contacts;

	ContactExportController(ContactExport export, ContactManagement contacts) {
		this.export = export;
		this.contacts = contacts;
	}

	@GetMapping("/contacts/export.csv")
	void search(@RequestParam(required = false) @Nullable String q, @RequestParam MultiValueMap<String, String> params,
			HttpServletResponse response) throws IOException {
		export.csv(ContactFilter.of(null, q, params),
				ExportResponses.start(response, ExportResponses.CSV, "contacts.csv"));
	}

	@GetMapping("/accounts/{id}/contacts/export.csv")
	void ofAccount(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			HttpServletResponse response) throws IOException {
		ContactFilter filter = ContactFilter.of(id, null, params);
		export.check(filter);
		export.csv(filter, ExportResponses.start(response, ExportResponses.CSV, "contacts.csv"));
	}

	@GetMapping("/contacts/{id}/vcard")
	void vcard(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		String name = contacts.get(id).name();
		ExportResponses.start(response, ExportResponses.VCARD, ExportResponses.cardName(name))
				.write(export.vcard(id).getBytes(StandardCharsets.UTF_8));
	}
}
