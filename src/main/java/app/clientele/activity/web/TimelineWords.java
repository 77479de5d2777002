package app.clientele.activity.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import app.clientele.activity.ActivityEntry;
import app.clientele.platform.Labels;
import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldManagement;
import app.clientele.fields.CustomFieldRules;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A timeline entry as a sentence a person reads ("Portal access changed: Invoices, Estimates; all
 * sites"), and a change of a field as "Job title: Buyer → Owner". The entry keeps its codes as
 * stored (the API returns them so); only the page turns them into words, from
 * i18n/labels.properties ({@code timeline.<TYPE>} and the labels of codes and fields). Public, as
 * the pages call it.
 */
@Component("timelineWords")
public class TimelineWords {

	/** The prefix of a custom field in a change (the field's key follows; its label is looked up, deleted fields too). */
	private static final String CUSTOM = "custom.";

	/** A field whose value is one code, or a comma-separated list of codes, of this kind. */
	private static final Map<String, String> CODED_FIELDS = Map.of("stage", "Stage", "preferredChannel",
			"PreferredChannel", "businessRoles", "BusinessRole", "secondEmailLabel", "EmailLabel");

	private final MessageSource messages;
	private final Labels labels;
	private final ObjectProvider<CustomFieldManagement> customFields;

	TimelineWords(MessageSource messages, Labels labels, ObjectProvider<CustomFieldManagement> customFields) {
		this.messages = messages;
		this.labels = labels;
		this.customFields = customFields;
	}

	/** What happened, as one sentence. */
	public String sentence(ActivityEntry entry) {
		Map<String, Object> d = entry.details();
		String type = entry.type();
		return switch (type) {
			case "CREATED" -> d.get("accountName") == null ? message("timeline.CREATED")
					: message("timeline.CREATED.under", d.get("accountName"));
			case "MERGED", "MERGE_UNDONE" -> message("timeline." + type, text(d.get("otherName")));
			case "MOVED" -> message("timeline.MOVED", orNoAccount(d.get("fromAccountName")), orNoAccount(d.get("toAccountName")));
			case "PORTAL_ACCESS_CHANGED" -> message("timeline.PORTAL_ACCESS_CHANGED", modules(d.get("permissions")),
					Boolean.TRUE.equals(d.get("allSites")) ? message("timeline.sites.all") : message("timeline.sites.chosen"));
			case "DOCUMENT_SENT" -> message("timeline.DOCUMENT_SENT", labels.of("DocumentType", d.get("documentType")),
					text(d.get("documentNumber")));
			case "NOTIFICATION_TOPICS_CHANGED" -> message("timeline.NOTIFICATION_TOPICS_CHANGED", topics(d));
			case "PORTAL_ACTIVATED", "PORTAL_PASSWORD_CHANGED" -> d.get("shownInMailboxBy") == null
					? message("timeline." + type)
					: message("timeline." + type + ".shownInMailbox", d.get("shownInMailboxBy"));
			default -> message("timeline." + type, text(d.get("subject")), text(d.get("listName")), text(d.get("email")),
					text(d.get("staff")), text(d.get("invoiceNumber")), text(d.get("request")));
		};
	}

	/** The reason or error an entry carries, when the sentence does not already say it. */
	public @Nullable String note(ActivityEntry entry) {
		Map<String, Object> d = entry.details();
		if (d.get("error") != null) {
			return text(d.get("error"));
		}
		boolean said = d.get("shownInMailboxBy") != null || entry.type().equals("BECAME_PRIMARY");
		return said || d.get("reason") == null ? null : text(d.get("reason"));
	}

	/** The fields an UPDATED entry changed, in words. */
	public List<Change> changes(ActivityEntry entry) {
		List<Change> changes = new ArrayList<>();
		@Nullable CustomFieldRules custom = null;
		if (entry.details().get("changes") instanceof Collection<?> all) {
			for (Object c : all) {
				if (c instanceof Map<?, ?> change) {
					String field = text(change.get("field"));
					String label;
					if (field.startsWith(CUSTOM)) {
						custom = custom == null ? customFields.getObject().rules(CustomFieldEntity.CONTACT) : custom;
						label = custom.label(field.substring(CUSTOM.length()));
					}
					else {
						label = labels.field(field);
					}
					changes.add(new Change(label, value(field, change.get("old")), value(field, change.get("new"))));
				}
			}
		}
		return changes;
	}

	/** A field's old or new value as a person reads it; "—" for none. */
	public String value(String field, @Nullable Object stored) {
		String text = stored == null ? "" : stored.toString();
		if (text.isEmpty()) {
			return "—";
		}
		if (text.equals("true") || text.equals("false")) {
			return labels.of("boolean", text);
		}
		if (field.equals("phones")) {
			List<String> phones = new ArrayList<>();
			for (String phone : text.split(", ")) {
				int space = phone.indexOf(' ');
				phones.add(space < 0 ? phone : labels.of("PhoneType", phone.substring(0, space)) + phone.substring(space));
			}
			return String.join(", ", phones);
		}
		String kind = CODED_FIELDS.get(field);
		return kind == null ? text : labels.all(kind, List.of(text.split(", ")));
	}

	private String modules(@Nullable Object permissions) {
		return permissions instanceof Collection<?> codes && !codes.isEmpty() ? labels.all("PortalPermission", codes)
				: message("timeline.modules.none");
	}

	private String topics(Map<String, Object> changed) {
		List<String> parts = new ArrayList<>();
		changed.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> parts.add(
				labels.of("NotificationTopic", e.getKey()) + " " + message(Boolean.TRUE.equals(e.getValue())
						? "timeline.topic.on" : "timeline.topic.off")));
		return String.join(", ", parts);
	}

	private String orNoAccount(@Nullable Object name) {
		return name == null ? message("timeline.noAccount") : name.toString();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, "??" + key + "??", LocaleContextHolder.getLocale());
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	/** One changed field: its label, and its old and new value in words. */
	public record Change(String field, String oldValue, String newValue) {
	}
}
