package app.clientele.contacts.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import app.clientele.contacts.ContactExport;
import app.clientele.contacts.ContactFilter;
import app.clientele.contacts.ContactManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contacts as files: {@code export.csv} and {@code export.vcf} take the filters of the contact
 * list and search ({@code accountId}, {@code q} and every {@link ContactFilter}), and one contact's vCard.
 * The filters are checked before the first byte, so a bad one is still a 400 or 404 problem.
 */
@RestController
class ContactExportApiController {

	private final ContactExport export;
	private final ContactManagement contacts;

	ContactExportApiController(ContactExport export, ContactManagement contacts) {
		this.export = export;
		this.contacts = contacts;
	}

	@GetMapping("/api/v1/contacts/export.csv")
	void csv(@RequestParam(required = false) @Nullable UUID accountId, @RequestParam(required = false) @Nullable String q,
			@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
		ContactFilter filter = ContactFilter.of(accountId, q, params);
		export.check(filter);
		export.csv(filter, ExportResponses.start(response, ExportResponses.CSV, "contacts.csv"));
	}

	@GetMapping("/api/v1/contacts/export.vcf")
	void vcf(@RequestParam(required = false) @Nullable UUID accountId, @RequestParam(required = false) @Nullable String q,
			@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
		ContactFilter filter = ContactFilter.of(accountId, q, params);
		export.check(filter);
		export.vcards(filter, ExportResponses.start(response, ExportResponses.VCARD, "contacts.vcf"));
	}

	@GetMapping("/api/v1/contacts/{id}/vcard")
	void vcard(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		String name = contacts.get(id).name();
		ExportResponses.start(response, ExportResponses.VCARD, ExportResponses.cardName(name))
				.write(export.vcard(id).getBytes(StandardCharsets.UTF_8));
	}
}
