package app.clientele.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.documents.DocumentType;
import app.clientele.mail.CredentialLinkShownInMailbox;
import app.clientele.mail.EmailCancelled;
import app.clientele.mail.EmailFailed;
import app.clientele.mail.EmailQueued;
import app.clientele.mail.EmailSent;
import app.clientele.mail.TemplateKey;
import app.clientele.marketing.AddedToMarketingList;
import app.clientele.marketing.CampaignSentToContact;
import app.clientele.marketing.RemovedFromMarketingList;
import app.clientele.marketing.UnsubscribedFromMarketing;
import app.clientele.notifications.DocumentSent;
import app.clientele.notifications.NotificationTopicsChanged;
import app.clientele.platform.Actor;
import app.clientele.portal.LoginRequestApproved;
import app.clientele.portal.PortalAccessChanged;
import app.clientele.portal.PortalActivated;
import app.clientele.portal.PortalImpersonated;
import app.clientele.portal.PortalImpersonationLinkIssued;
import app.clientele.portal.PortalInvited;
import app.clientele.portal.PortalLoginEmailChanged;
import app.clientele.portal.PortalPasswordChanged;
import app.clientele.portal.PortalPasswordResetRequested;
import app.clientele.portal.PortalRequestRefused;
import app.clientele.portal.PortalRevoked;
import app.clientele.portal.PortalScopeReset;
import app.clientele.portal.PortalSelfRegistered;
import app.clientele.portal.PortalSetPasswordSent;
import app.clientele.portal.PortalSignInThrottled;
import app.clientele.portal.PortalSignedIn;
import app.clientele.staff.NotificationTopic;
import app.clientele.staff.PortalPermission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timeline's types and details are public contract (API.md): each module's facts, published
 * as the modules publish them, land under the same type with the same details as before the
 * modules had events of their own, in the transaction of the fact.
 */
@IntegrationTest
class TimelineFromEventsIntegrationTests {

	static final Actor STAFF = new Actor(Actor.Kind.STAFF, UUID.randomUUID(), "Tess Timeline");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JsonMapper json;

	record Entry(String type, Map<String, Object> details) {
	}

	@Test
	void everyModulesFactLandsOnTheTimelineUnderItsContractType() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		UUID contact = contact(api);
		UUID email = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		Map<Object, Entry> expected = new java.util.LinkedHashMap<>();
		expected.put(new EmailQueued(email, contact, TemplateKey.WELCOME, "Hello", STAFF),
				entry("EMAIL_QUEUED", "emailId", email.toString(), "template", "WELCOME", "subject", "Hello"));
		expected.put(new EmailCancelled(email, contact, TemplateKey.WELCOME, "Hello", "superseded", STAFF),
				entry("EMAIL_CANCELLED", "emailId", email.toString(), "template", "WELCOME", "subject", "Hello",
						"reason", "superseded"));
		expected.put(new EmailSent(email, contact, other, TemplateKey.WELCOME, "Hello", Instant.now()),
				entry("EMAIL_SENT", "emailId", email.toString(), "template", "WELCOME", "subject", "Hello"));
		expected.put(new EmailFailed(email, contact, null, TemplateKey.WELCOME, "Hello", "550 no such user"),
				entry("EMAIL_FAILED", "emailId", email.toString(), "template", "WELCOME", "subject", "Hello",
						"error", "550 no such user"));
		expected.put(new CredentialLinkShownInMailbox(email, contact, "Invitation", "none", other, STAFF),
				entry("CREDENTIAL_LINK_SHOWN_IN_MAILBOX", "emailId", email.toString(), "subject", "Invitation",
						"reason", "whoever saw it could set this person's password"));
		expected.put(new CampaignSentToContact(other, contact, email, "News"),
				entry("CAMPAIGN_SENT", "campaignId", other.toString(), "subject", "News"));
		expected.put(new UnsubscribedFromMarketing(contact, null, "link"),
				entry("UNSUBSCRIBED_FROM_MARKETING", "via", "link", "campaignId", ""));
		expected.put(new AddedToMarketingList(other, "Newsletter", contact, STAFF),
				entry("ADDED_TO_MARKETING_LIST", "listId", other.toString(), "listName", "Newsletter"));
		expected.put(new RemovedFromMarketingList(other, "Newsletter", contact, STAFF),
				entry("REMOVED_FROM_MARKETING_LIST", "listId", other.toString(), "listName", "Newsletter"));
		expected.put(new DocumentSent(other, DocumentType.CREDIT_NOTE, "CN-1", contact, email,
				NotificationTopic.CREDIT_NOTE, STAFF), entry("DOCUMENT_SENT", "documentId", other.toString(),
						"documentType", "CREDIT_NOTE", "documentNumber", "CN-1", "topic", "CREDIT_NOTE"));
		expected.put(new NotificationTopicsChanged(contact, Map.of(NotificationTopic.INVOICE, false), STAFF),
				entry("NOTIFICATION_TOPICS_CHANGED", "INVOICE", false));
		portal(contact, other).forEach(expected::put);

		inTransaction(() -> expected.keySet().forEach(events::publishEvent), false);

		List<Entry> written = timeline(api, contact).stream()
				.filter(e -> !Set.of("CREATED", "BECAME_PRIMARY").contains(e.type())).toList();
		assertThat(written).containsExactlyInAnyOrderElementsOf(expected.values());
	}

	@Test
	void aFactWhoseTransactionRollsBackLeavesNoEntry() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		UUID contact = contact(api);
		inTransaction(() -> events.publishEvent(new PortalSignedIn(contact, STAFF)), true);
		inTransaction(() -> events.publishEvent(new PortalSignInThrottled(contact, Actor.SYSTEM)), false);
		assertThat(timeline(api, contact).stream().map(Entry::type))
				.contains("PORTAL_SIGN_IN_THROTTLED").doesNotContain("PORTAL_SIGNED_IN");
	}

	private static Map<Object, Entry> portal(UUID contact, UUID other) {
		Map<Object, Entry> portal = new java.util.LinkedHashMap<>();
		portal.put(new PortalAccessChanged(contact, Set.of(PortalPermission.SUPPORT, PortalPermission.INVOICES), false,
				STAFF), entry("PORTAL_ACCESS_CHANGED", "permissions", List.of("INVOICES", "SUPPORT"), "allSites", false));
		portal.put(new PortalInvited(contact, "p@example.com", PortalInvited.Occasion.FIRST, STAFF),
				entry("PORTAL_INVITED", "email", "p@example.com"));
		portal.put(new PortalInvited(contact, "p@example.com", PortalInvited.Occasion.RESENT, STAFF),
				entry("PORTAL_INVITATION_RESENT", "email", "p@example.com"));
		portal.put(new PortalInvited(contact, "p@example.com", PortalInvited.Occasion.ON_REQUEST, Actor.SYSTEM),
				entry("PORTAL_INVITATION_REQUESTED", "email", "p@example.com"));
		portal.put(new PortalSetPasswordSent(contact, "p@example.com", STAFF),
				entry("PORTAL_SET_PASSWORD_SENT", "email", "p@example.com"));
		portal.put(new PortalRevoked(contact, null, STAFF), entry("PORTAL_REVOKED"));
		portal.put(new PortalRevoked(contact, "the contact was archived", STAFF),
				entry("PORTAL_REVOKED", "reason", "the contact was archived"));
		portal.put(new PortalImpersonationLinkIssued(contact, "support call", "Tess Timeline", STAFF, java.time.Instant.now()),
				entry("PORTAL_IMPERSONATION_LINK", "reason", "support call", "staff", "Tess Timeline"));
		portal.put(new PortalImpersonated(contact, "support call", "Tess Timeline", STAFF),
				entry("PORTAL_IMPERSONATED", "reason", "support call", "staff", "Tess Timeline"));
		portal.put(new PortalLoginEmailChanged(contact, "new@example.com", STAFF),
				entry("PORTAL_LOGIN_EMAIL_CHANGED", "email", "new@example.com"));
		portal.put(new PortalScopeReset(contact, "moved to another account", STAFF),
				entry("PORTAL_SCOPE_RESET", "reason", "moved to another account"));
		portal.put(new PortalActivated(contact, null, Actor.SYSTEM), entry("PORTAL_ACTIVATED"));
		portal.put(new PortalActivated(contact, "Ada Admin", Actor.SYSTEM), entry("PORTAL_ACTIVATED",
				"shownInMailboxBy", "Ada Admin", "reason",
				"password set through a link Ada Admin (ADMIN) viewed in the Mailbox"));
		portal.put(new PortalPasswordChanged(contact, PortalPasswordChanged.Via.LINK, null, Actor.SYSTEM),
				entry("PORTAL_PASSWORD_CHANGED", "via", "link"));
		portal.put(new PortalPasswordChanged(contact, PortalPasswordChanged.Via.PROFILE, null, Actor.SYSTEM),
				entry("PORTAL_PASSWORD_CHANGED", "via", "profile"));
		portal.put(new PortalPasswordResetRequested(contact, Actor.SYSTEM), entry("PORTAL_PASSWORD_RESET_REQUESTED"));
		portal.put(new PortalSignInThrottled(contact, Actor.SYSTEM), entry("PORTAL_SIGN_IN_THROTTLED"));
		portal.put(new PortalSignedIn(contact, Actor.SYSTEM), entry("PORTAL_SIGNED_IN"));
		portal.put(new PortalRequestRefused(contact, PortalRequestRefused.Request.FORGOT_PASSWORD,
				PortalRequestRefused.Ended.REVOKED, Actor.SYSTEM), entry("PORTAL_REQUEST_REFUSED",
						"request", "forgot password", "reason", "portal access was revoked"));
		portal.put(new PortalRequestRefused(contact, PortalRequestRefused.Request.SELF_REGISTRATION,
				PortalRequestRefused.Ended.ARCHIVED, Actor.SYSTEM), entry("PORTAL_REQUEST_REFUSED",
						"request", "self-registration", "reason", "portal access ended when the contact was archived"));
		portal.put(new LoginRequestApproved(other, contact, STAFF),
				entry("PORTAL_LOGIN_REQUEST_APPROVED", "requestId", other.toString()));
		portal.put(new PortalSelfRegistered(contact, "INV-7", Actor.SYSTEM),
				entry("PORTAL_SELF_REGISTERED", "invoiceNumber", "INV-7"));
		return portal;
	}

	private static Entry entry(String type, Object... details) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < details.length; i += 2) {
			map.put((String) details[i], details[i + 1]);
		}
		return new Entry(type, map);
	}

	private void inTransaction(Runnable work, boolean rollBack) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			work.run();
			if (rollBack) {
				status.setRollbackOnly();
			}
		});
	}

	private static UUID contact(Api api) {
		String account = api.post("/api/v1/accounts", Map.of("name", "Timeline " + TestData.suffix())).id();
		return UUID.fromString(api.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", "Tim", "lastName", "Eline" + TestData.suffix())).id());
	}

	@SuppressWarnings("unchecked")
	private List<Entry> timeline(Api api, UUID contact) {
		JsonNode items = api.get("/api/v1/contacts/" + contact + "/activity?limit=100").json().get("items");
		List<Entry> entries = new ArrayList<>();
		items.forEach(i -> entries.add(new Entry(i.get("type").asString(), json.convertValue(i.get("details"), Map.class))));
		return entries;
	}
}
