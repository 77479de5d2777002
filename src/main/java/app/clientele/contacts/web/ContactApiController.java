package app.clientele.contacts.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.accounts.AccountId;
import app.clientele.contacts.BulkDeleteResult;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactFilter;
import app.clientele.contacts.ContactId;
import app.clientele.contacts.ContactLifecycle;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.DuplicateCandidate;
import app.clientele.platform.IfMatch;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.MergePatch;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.constraints.NotNull;
import app.clientele.fields.CustomFieldRules;
import org.springframework.util.function.SingletonSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
class ContactApiController {

	private final ContactManagement contacts;
	private final ContactLifecycle lifecycle;
	private final MergePatch mergePatch;

	ContactApiController(ContactManagement contacts, ContactLifecycle lifecycle, MergePatch mergePatch) {
		this.contacts = contacts;
		this.lifecycle = lifecycle;
		this.mergePatch = mergePatch;
	}

	record MoveRequest(@Nullable UUID accountId) {
	}

	record BulkDeleteRequest(@JsonSetter(contentNulls = Nulls.FAIL) @NotNull List<UUID> ids) {
	}

	record BulkDeleteResponse(List<BulkDeleteResult> results) {
	}

	record Candidates(List<DuplicateCandidate> candidates) {
	}

	@PostMapping("/api/v1/accounts/{accountId}/contacts")
	ResponseEntity<ContactResponse> create(@PathVariable UUID accountId, @RequestBody ContactRequest request) {
		return created(contacts.create(accountId, request.toNewContact()));
	}

	/** A contact without an account: only while company first is off. */
	@PostMapping("/api/v1/contacts")
	ResponseEntity<ContactResponse> createStandalone(@RequestBody ContactRequest request) {
		return created(contacts.create(null, request.toNewContact()));
	}

	@GetMapping("/api/v1/accounts/{accountId}/contacts")
	Page<ContactResponse> ofAccount(@PathVariable UUID accountId, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return respond(contacts.list(ContactFilter.of(accountId, null, params), PageRequest.of(limit, after)));
	}

	@GetMapping("/api/v1/contacts")
	Page<ContactResponse> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return respond(contacts.list(ContactFilter.of(null, q, params), PageRequest.of(limit, after)));
	}

	@GetMapping("/api/v1/contacts/duplicates")
	Candidates duplicates(@RequestParam(required = false) @Nullable UUID accountId,
			@RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String phone) {
		return new Candidates(contacts.duplicates(accountId, firstName, lastName, email, phone, null));
	}

	@GetMapping("/api/v1/contacts/{id}")
	ContactResponse get(@PathVariable UUID id) {
		return respond(contacts.get(id));
	}

	@PatchMapping(path = "/api/v1/contacts/{id}", consumes = { "application/merge-patch+json", "application/json" })
	ContactResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		Contact current = contacts.get(id);
		IfMatch expected = IfMatch.of(ifMatch);
		expected.check("Contact " + id, current.version());
		ContactDocument changed = mergePatch.apply(ContactDocument.of(current), patch, ContactDocument.class);
		return respond(contacts.update(id, changed.details(), changed.primary(), changed.active(),
				IfMatch.version(current.version())));
	}

	@DeleteMapping("/api/v1/contacts/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		lifecycle.delete(id, IfMatch.of(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/contacts/bulk-delete")
	BulkDeleteResponse bulkDelete(@RequestBody BulkDeleteRequest request) {
		if (request.ids() == null || request.ids().isEmpty() || request.ids().size() > 500) {
			throw new InvalidInput("ids", "must list 1 to 500 contact ids");
		}
		return new BulkDeleteResponse(lifecycle.bulkDelete(request.ids().stream().distinct().toList()));
	}

	@PostMapping("/api/v1/contacts/{id}/archive")
	ContactResponse archive(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return respond(lifecycle.archive(id, IfMatch.of(ifMatch)));
	}

	@PostMapping("/api/v1/contacts/{id}/restore")
	ContactResponse restore(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return respond(lifecycle.restore(id, IfMatch.of(ifMatch)));
	}

	@PostMapping("/api/v1/contacts/{id}/make-primary")
	ContactResponse makePrimary(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return respond(lifecycle.makePrimary(id, IfMatch.of(ifMatch)));
	}

	@PostMapping("/api/v1/contacts/{id}/move")
	ContactResponse move(@PathVariable UUID id, @RequestBody MoveRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return respond(lifecycle.move(new ContactId(id), AccountId.ofNullable(request.accountId()), IfMatch.of(ifMatch)));
	}

	private ResponseEntity<ContactResponse> created(Contact contact) {
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.id())).body(respond(contact));
	}

	private ContactResponse respond(Contact contact) {
		return ContactResponse.of(contact, contacts.portalStatuses(List.of(contact.id())), contacts::customFieldRules);
	}

	private Page<ContactResponse> respond(Page<Contact> page) {
		Map<UUID, String> statuses = contacts.portalStatuses(page.items().stream().map(Contact::id).toList());
		SingletonSupplier<CustomFieldRules> custom = SingletonSupplier.of(contacts::customFieldRules);
		return page.map(c -> ContactResponse.of(c, statuses, custom));
	}
}
