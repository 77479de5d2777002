package app.clientele.contacts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.ContactMerging;
import app.clientele.contacts.MergeChoice;
import app.clientele.contacts.MergeRequest;
import app.clientele.contacts.MergeResult;
import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Merging two contacts through the API: preview, merge, undo (ADMIN and MANAGER). */
@RestController
class MergeApiController {

	private final ContactMerging merging;
	private final ContactManagement contacts;

	MergeApiController(ContactMerging merging, ContactManagement contacts) {
		this.merging = merging;
		this.contacts = contacts;
	}

	/** Choices come as text so that a wrong one is a 400 naming its field, not a parse error. */
	record Body(@Nullable UUID otherId, @Nullable Map<String, String> keep, @Nullable Boolean acrossAccounts,
			@Nullable String portalLogin, @Nullable Boolean widenPermissions) {

		MergeRequest request() {
			if (otherId == null) {
				throw new InvalidInput("otherId", "is required");
			}
			Map<String, MergeChoice> choices = new LinkedHashMap<>();
			if (keep != null) {
				keep.forEach((field, side) -> choices.put(field, choice("keep." + field, side)));
			}
			return new MergeRequest(otherId, choices, Boolean.TRUE.equals(acrossAccounts),
					portalLogin == null ? null : choice("portalLogin", portalLogin), Boolean.TRUE.equals(widenPermissions));
		}

		private static MergeChoice choice(String field, @Nullable String side) {
			if ("THIS".equals(side) || "OTHER".equals(side)) {
				return MergeChoice.valueOf(side);
			}
			throw new InvalidInput(field, "must be THIS or OTHER");
		}
	}

	record Preview(ContactResponse survivor, Map<String, Integer> moves, String portal) {
	}

	record Merged(UUID mergeId, ContactResponse survivor, Map<String, Integer> moves, String portal) {
	}

	record Undone(UUID mergeId, ContactResponse restored) {
	}

	@PostMapping("/api/v1/contacts/{id}/merge/preview")
	Preview preview(@PathVariable UUID id, @RequestBody Body body) {
		MergeResult result = merging.preview(id, body.request());
		return new Preview(respond(result.survivor()), result.moves(), result.portal());
	}

	@PostMapping("/api/v1/contacts/{id}/merge")
	Merged merge(@PathVariable UUID id, @RequestBody Body body) {
		MergeResult result = merging.merge(id, body.request());
		return new Merged(java.util.Objects.requireNonNull(result.mergeId()), respond(result.survivor()), result.moves(),
				result.portal());
	}

	@PostMapping("/api/v1/merges/{mergeId}/undo")
	Undone undo(@PathVariable UUID mergeId) {
		return new Undone(mergeId, respond(merging.undo(mergeId)));
	}

	private ContactResponse respond(Contact contact) {
		return ContactResponse.of(contact, contacts.portalStatuses(List.of(contact.id())), contacts::customFieldRules);
	}
}
