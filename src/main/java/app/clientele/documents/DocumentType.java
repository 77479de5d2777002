package app.clientele.documents;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import app.clientele.staff.NotificationTopic;
import app.clientele.staff.PortalPermission;

/** The kinds of document, with the portal permission that shows them and the notification topic that sends them. */
public enum DocumentType {
	INVOICE(PortalPermission.INVOICES, NotificationTopic.INVOICE),
	CREDIT_NOTE(PortalPermission.INVOICES, NotificationTopic.CREDIT_NOTE),
	ESTIMATE(PortalPermission.ESTIMATES, NotificationTopic.ESTIMATE),
	CONTRACT(PortalPermission.CONTRACTS, NotificationTopic.CONTRACT),
	// There is no proposal topic: proposals are offers, like estimates, and follow that switch.
	PROPOSAL(PortalPermission.PROPOSALS, NotificationTopic.ESTIMATE),
	TICKET(PortalPermission.SUPPORT, NotificationTopic.TICKET),
	PROJECT(PortalPermission.PROJECTS, NotificationTopic.PROJECT),
	TASK(PortalPermission.PROJECTS, NotificationTopic.TASK);

	private final PortalPermission permission;
	private final NotificationTopic topic;

	DocumentType(PortalPermission permission, NotificationTopic topic) {
		this.permission = permission;
		this.topic = topic;
	}

	public PortalPermission permission() {
		return permission;
	}

	public NotificationTopic topic() {
		return topic;
	}

	/** The types a set of portal permissions shows. */
	public static Set<DocumentType> visibleWith(Set<PortalPermission> permissions) {
		Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
		Arrays.stream(values()).filter(t -> permissions.contains(t.permission)).forEach(types::add);
		return types;
	}
}
