package app.clientele.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.Emailability;
import app.clientele.documents.Document;
import app.clientele.documents.DocumentManagement;
import app.clientele.mail.MailOutbox;
import app.clientele.mail.OutgoingEmail;
import app.clientele.mail.TemplateKey;
import app.clientele.platform.Actor;
import app.clientele.platform.ClienteleProperties;
import app.clientele.platform.Ids;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.portal.PortalManagement;
import app.clientele.portal.PortalStatus;
import app.clientele.staff.NotificationTopic;
import app.clientele.staff.Settings;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a document to the account's people. Pre-selected: active contacts with an email, the
 * document's topic on, not do-not-email, for site-level contacts the document's site (or an
 * account-wide document), and with notify-only-portal-users on, no one not yet invited. Picked by
 * hand: everyone picked gets it, topic or not, except those who cannot (archived, no email,
 * do-not-email). Every skipped contact is named with its reason; when nobody qualifies nothing is
 * sent and the answer says so.
 */
@Service
public class DocumentSending {

	private final DocumentManagement documents;
	private final ContactManagement contacts;
	private final AccountManagement accounts;
	private final NotificationPreferences preferences;
	private final PortalManagement portal;
	private final SettingsManagement settings;
	private final MailOutbox mail;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final ClienteleProperties properties;

	DocumentSending(DocumentManagement documents, ContactManagement contacts, AccountManagement accounts,
			NotificationPreferences preferences, PortalManagement portal, SettingsManagement settings, MailOutbox mail,
			JdbcClient jdbc, ApplicationEventPublisher events, ClienteleProperties properties) {
		this.documents = documents;
		this.contacts = contacts;
		this.accounts = accounts;
		this.preferences = preferences;
		this.portal = portal;
		this.settings = settings;
		this.mail = mail;
		this.jdbc = jdbc;
		this.events = events;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public RecipientSelection recipients(UUID documentId) {
		Document document = documents.get(documentId);
		return preselect(document, activeContacts(document.accountId()));
	}

	@Transactional
	public SendResult send(UUID documentId, @Nullable List<UUID> picked) {
		Document document = documents.get(documentId);
		NotificationTopic topic = document.topic(LocalDate.now());
		List<Recipient> recipients = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		if (picked == null) {
			RecipientSelection selection = preselect(document, activeContacts(document.accountId()));
			recipients.addAll(selection.preselected());
			skipped.addAll(selection.skipped());
		}
		else {
			sortPicked(document, picked, recipients, skipped);
		}
		List<UUID> sent = new ArrayList<>();
		Map<String, String> values = values(document);
		for (Recipient r : recipients) {
			Contact contact = contacts.get(r.contactId());
			Map<String, String> personal = new LinkedHashMap<>(values);
			personal.put("contactName", contact.name());
			personal.put("contactFirstName", contact.firstName());
			Optional<UUID> email = mail.queue(new OutgoingEmail(template(topic), contact.id(), r.email(), r.name(),
					personal, null, null, Map.of()));
			if (email.isEmpty()) {
				skipped.add(new Skipped(r.contactId(), r.name(), "TEMPLATE_OFF"));
				continue;
			}
			record(document, contact, email.get(), topic);
			sent.add(contact.id());
		}
		String note = sent.isEmpty()
				? "Nothing was sent: no contact of the account qualifies for this document. See why each was skipped."
				: null;
		return new SendResult(sent, skipped, note);
	}

	/** Contacts picked by hand: each gets it unless it is not of the account or cannot receive email. */
	private void sortPicked(Document document, List<UUID> picked, List<Recipient> recipients, List<Skipped> skipped) {
		for (UUID id : new LinkedHashSet<>(picked)) {
			Optional<Contact> found = contacts.find(id);
			if (found.isEmpty() || !document.accountId().equals(found.get().accountId())) {
				skipped.add(new Skipped(id, found.map(Contact::name).orElse(""), "NOT_OF_ACCOUNT"));
				continue;
			}
			String reason = cannotReceive(found.get());
			if (reason != null) {
				skipped.add(new Skipped(id, found.get().name(), reason));
			}
			else {
				recipients.add(recipient(found.get()));
			}
		}
	}

	private RecipientSelection preselect(Document document, List<Contact> candidates) {
		NotificationTopic topic = document.topic(LocalDate.now());
		Settings current = settings.get();
		List<UUID> ids = candidates.stream().map(Contact::id).toList();
		Map<UUID, Set<NotificationTopic>> topics = preferences.enabledTopics(ids);
		Map<UUID, PortalStatus> portalStatuses = current.notifyOnlyPortalUsers() ? portal.statuses(ids) : Map.of();
		List<Recipient> preselected = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		for (Contact c : candidates) {
			String reason = cannotReceive(c);
			if (reason == null && !topics.getOrDefault(c.id(), Set.of()).contains(topic)) {
				reason = "TOPIC_OFF";
			}
			if (reason == null && document.siteId() != null && !c.siteIds().isEmpty()
					&& !c.siteIds().contains(document.siteId())) {
				reason = "OTHER_SITE";
			}
			if (reason == null && current.notifyOnlyPortalUsers()
					&& portalStatuses.getOrDefault(c.id(), PortalStatus.NOT_INVITED) == PortalStatus.NOT_INVITED) {
				reason = "NOT_PORTAL_USER";
			}
			if (reason == null) {
				preselected.add(recipient(c));
			}
			else {
				skipped.add(new Skipped(c.id(), c.name(), reason));
			}
		}
		return new RecipientSelection(topic, preselected, skipped);
	}

	/** Why a contact can never receive email, or null when it can. */
	private static @Nullable String cannotReceive(Contact c) {
		Emailability.Reason reason = c.emailability(Emailability.Purpose.TRANSACTIONAL).reason();
		return reason == null ? null : reason.shown();
	}

	private List<Contact> activeContacts(UUID accountId) {
		List<Contact> all = new ArrayList<>();
		PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
		while (true) {
			Page<Contact> batch = contacts.ofAccount(accountId, false, page);
			all.addAll(batch.items());
			if (batch.next() == null) {
				return all;
			}
			page = new PageRequest(PageRequest.MAX_LIMIT, batch.next());
		}
	}

	private static Recipient recipient(Contact c) {
		return new Recipient(c.id(), c.name(), String.valueOf(c.email()));
	}

	private Map<String, String> values(Document d) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("accountName", accounts.get(d.accountId()).name());
		values.put("documentType", d.type().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
		values.put("documentNumber", d.number());
		values.put("documentTitle", d.title());
		values.put("amount", d.amount() == null ? "" : d.amount().toPlainString());
		values.put("currency", d.currency() == null ? "" : d.currency());
		values.put("dueDate", d.dueDate() == null ? "" : d.dueDate().toString());
		values.put("status", d.status());
		return values;
	}

	private void record(Document document, Contact contact, UUID emailId, NotificationTopic topic) {
		Actor actor = Actor.current();
		jdbc.sql("""
				INSERT INTO document_delivery (id, document_id, contact_id, email_id, topic, sent_at, sent_by)
				VALUES (:id, :document, :contact, :email, :topic, :at, :by)
				""").param("id", Ids.newId()).param("document", document.id()).param("contact", contact.id())
				.param("email", emailId).param("topic", topic.name()).param("at", Timestamp.from(Instant.now()))
				.param("by", actor.label()).update();
		events.publishEvent(new DocumentSent(document.id(), document.type(), document.number(), contact.id(), emailId,
				topic, actor));
	}

	static TemplateKey template(NotificationTopic topic) {
		return TemplateKey.valueOf("NOTIFICATION_" + topic.name());
	}
}
