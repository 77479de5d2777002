package app.clientele.notifications.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.notifications.DocumentSending;
import app.clientele.notifications.NotificationPreferences;
import app.clientele.notifications.RecipientSelection;
import app.clientele.notifications.SendResult;
import app.clientele.platform.InvalidInput;
import app.clientele.portal.PortalGate;
import app.clientele.staff.NotificationTopic;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationApiController {

	private final NotificationPreferences preferences;
	private final DocumentSending sending;
	private final PortalGate gate;

	NotificationApiController(NotificationPreferences preferences, DocumentSending sending, PortalGate gate) {
		this.preferences = preferences;
		this.sending = sending;
		this.gate = gate;
	}

	record Topics(Map<NotificationTopic, Boolean> topics) {
	}

	record SendRequest(@JsonSetter(contentNulls = Nulls.FAIL) @Nullable List<UUID> contactIds) {
	}

	@GetMapping("/api/v1/contacts/{id}/notifications")
	Topics topics(@PathVariable UUID id) {
		return new Topics(preferences.topics(id));
	}

	/** Names only some topics if it likes: the others keep their value. */
	@PutMapping("/api/v1/contacts/{id}/notifications")
	Topics update(@PathVariable UUID id, @RequestBody Topics body) {
		return new Topics(preferences.update(id, checked(body)));
	}

	@GetMapping("/api/v1/documents/{id}/recipients")
	RecipientSelection recipients(@PathVariable UUID id) {
		return sending.recipients(id);
	}

	@PostMapping("/api/v1/documents/{id}/send")
	SendResult send(@PathVariable UUID id, @RequestBody(required = false) @Nullable SendRequest body) {
		return sending.send(id, body == null ? null : body.contactIds());
	}

	@GetMapping("/portal/api/me/notifications")
	Topics myTopics() {
		return new Topics(preferences.topics(gate.current().contactId()));
	}

	@PutMapping("/portal/api/me/notifications")
	Topics updateMine(@RequestBody Topics body) {
		return new Topics(preferences.update(gate.requireWritable().contactId(), checked(body)));
	}

	private static Map<NotificationTopic, Boolean> checked(Topics body) {
		if (body.topics() == null) {
			throw new InvalidInput("topics", "is required: an object of topic to true or false");
		}
		if (body.topics().values().stream().anyMatch(v -> v == null)) {
			throw new InvalidInput("topics", "values must be true or false");
		}
		return body.topics();
	}
}
