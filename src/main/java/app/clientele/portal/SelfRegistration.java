package app.clientele.portal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountPortalRules;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.NewContact;
import app.clientele.contacts.PreferredChannel;
import app.clientele.contacts.SharedMailboxes;
import app.clientele.mail.TemplateKey;
import app.clientele.platform.Actor;
import app.clientele.platform.Cursor;
import app.clientele.platform.Emails;
import app.clientele.platform.Ids;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.platform.SignInCapacity;
import app.clientele.platform.SignInThrottle;
import app.clientele.platform.SignInThrottle.Limit;
import app.clientele.platform.TooManyAttempts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoice-verified self-registration: a person proves a recent invoice (its number, and its
 * quick-pay code or the account number) and gets an activation email at the address they gave.
 * The answer never says whether anything matched; every attempt is recorded for staff.
 */
@Service
public class SelfRegistration {

	static final int PER_ADDRESS = 10;
	static final int PER_INVOICE = 5;

	/** What one attempt came to, as recorded. */
	public record Attempt(UUID id, Instant at, String clientAddress, String invoiceNumber, String name, String email,
			String outcome, @Nullable UUID accountId, @Nullable UUID contactId) {
	}

	private final ObjectProvider<InvoiceVerification> invoices;
	private final AccountManagement accounts;
	private final ContactManagement contacts;
	private final PortalAccesses accesses;
	private final PortalLinks links;
	private final PortalManagement portal;
	private final PortalLinkMail linkMail;
	private final SignInThrottle throttle;
	private final SignInCapacity capacity;
	private final TransactionTemplate transaction;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final EndedAccess endedAccess;

	SelfRegistration(ObjectProvider<InvoiceVerification> invoices, AccountManagement accounts,
			ContactManagement contacts, PortalAccesses accesses, PortalLinks links, PortalManagement portal,
			PortalLinkMail linkMail, SignInThrottle throttle, SignInCapacity capacity, PlatformTransactionManager transactions,
			JdbcClient jdbc, ApplicationEventPublisher events, EndedAccess endedAccess) {
		this.invoices = invoices;
		this.accounts = accounts;
		this.contacts = contacts;
		this.accesses = accesses;
		this.links = links;
		this.portal = portal;
		this.linkMail = linkMail;
		this.throttle = throttle;
		this.capacity = capacity;
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.events = events;
		this.endedAccess = endedAccess;
	}

	/**
	 * Not a transaction: the attempt is counted and committed first, on its own, within the
	 * {@link SignInCapacity}; then the registration is one transaction.
	 */
	public void register(String invoiceNumber, @Nullable String quickPayCode, @Nullable String accountNumber,
			String name, String email, String clientAddress) {
		String invoice = invoiceNumber.strip();
		capacity.run(() -> {
			try {
				throttle.attempt(new Limit(SignInThrottle.addressKey("self-registration", clientAddress), PER_ADDRESS),
						new Limit("self-registration:invoice:" + invoice.toLowerCase(Locale.ROOT), PER_INVOICE));
			}
			catch (TooManyAttempts e) {
				record(clientAddress, invoice, name, email, "THROTTLED", null, null);
				return;
			}
			transaction.executeWithoutResult(
					status -> registerCounted(invoice, quickPayCode, accountNumber, name, email, clientAddress, split(name)));
		});
	}

	private void registerCounted(String invoice, @Nullable String quickPayCode, @Nullable String accountNumber, String name,
			String email, String clientAddress, String @Nullable [] names) {
		if (names == null || !Emails.isValid(email) || invoice.isEmpty()) {
			record(clientAddress, invoice, name, email, "INVALID", null, null);
			return;
		}
		InvoiceVerification verification = invoices.getIfAvailable();
		Optional<UUID> account = verification == null ? Optional.empty()
				: verification.accountOf(invoice, quickPayCode, accountNumber);
		if (account.isEmpty()) {
			record(clientAddress, invoice, name, email, "NO_MATCH", null, null);
			return;
		}
		AccountPortalRules rules = accounts.portalRules(account.get());
		if (!rules.allowInvoiceVerifiedSelfRegistration() || !rules.portalEnabled() || !rules.accountActive()) {
			record(clientAddress, invoice, name, email, "NOT_ALLOWED", account.get(), null);
			return;
		}
		if (SharedMailboxes.isShared(email)) {
			record(clientAddress, invoice, name, email, "SHARED_MAILBOX", account.get(), null);
			return;
		}
		Optional<Contact> existing = contacts.findByEmail(account.get(), email);
		if (accessEnded(existing, email)) {
			record(clientAddress, invoice, name, email, "ACCESS_ENDED", account.get(), existing.map(Contact::id).orElse(null));
			return;
		}
		Optional<PortalAccesses.Access> login = accesses.byLoginEmail(email);
		boolean someoneElses = login.isPresent()
				&& (existing.isEmpty() || !existing.get().id().equals(login.get().contactId()));
		boolean alreadyActive = login.isPresent() && login.get().status(Instant.now()) == PortalStatus.ACTIVE;
		if (someoneElses || alreadyActive) {
			record(clientAddress, invoice, name, email, "EMAIL_TAKEN", account.get(), existing.map(Contact::id).orElse(null));
			return;
		}
		Contact contact = register(account.get(), existing, names, email, invoice);
		record(clientAddress, invoice, name, email, "MATCHED", account.get(), contact.id());
	}

	/** The contact (found or created) gets access and the self-registration link, which replaces any invitation. */
	private Contact register(UUID account, Optional<Contact> existing, String[] names, String email, String invoice) {
		Contact contact = existing.orElseGet(() -> contacts.create(account, new NewContact(new ContactDetails(
				names[0], null, names[1], null, java.util.Set.of(), null, email.strip(), List.of(), null, null,
				PreferredChannel.ANY, false, false, false, false, false, java.util.Set.of(), List.of()), true, false, false,
				null, true)));
		// A class that invites automatically has just invited the new contact: this email replaces that one.
		linkMail.end(contact.id(), PortalLinks.Purpose.INVITATION, TemplateKey.PORTAL_INVITATION, "self-registered",
				"replaced by the self-registration email");
		accesses.ensure(contact.id());
		PortalAccessView access = portal.get(contact.id());
		accesses.saveSettings(contact.id(), true, access.permissions(), access.allSites(), access.siteIds());
		links.kill(contact.id(), java.util.EnumSet.of(PortalLinks.Purpose.SELF_REGISTRATION), "superseded");
		Duration ttl = Duration.ofHours(portal.settings().invitationTtlHours());
		accesses.invited(contact.id(), contact.email(), Instant.now().plus(ttl));
		linkMail.send(contact, PortalLinks.Purpose.SELF_REGISTRATION, TemplateKey.SELF_REGISTRATION, ttl);
		events.publishEvent(new PortalSelfRegistered(contact.id(), invoice, Actor.SYSTEM));
		return contact;
	}

	/** An archived contact or a revoked login gets no link from here; its timeline says it asked. */
	private boolean accessEnded(Optional<Contact> existing, String email) {
		String why = existing.map(endedAccess::why).orElse(null);
		if (why != null) {
			endedAccess.refused(existing.get().id(), PortalRequestRefused.Request.SELF_REGISTRATION, why);
			return true;
		}
		List<UUID> revoked = accesses.revokedWithLoginEmail(email);
		revoked.forEach(id -> endedAccess.refused(id, PortalRequestRefused.Request.SELF_REGISTRATION, "revoked"));
		return !revoked.isEmpty();
	}

	@Transactional(readOnly = true)
	public Page<Attempt> attempts(PageRequest page) {
		Cursor after = page.cursor(2);
		List<Attempt> list = jdbc.sql("""
				SELECT * FROM self_registration
				WHERE CAST(:at AS timestamptz) IS NULL OR (at, id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))
				ORDER BY at DESC, id DESC LIMIT :limit
				""").param("at", after == null ? null : after.timestamp(0))
				.param("id", after == null ? null : after.uuid(1)).param("limit", page.fetchSize())
				.query((rs, n) -> new Attempt(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
						rs.getString("client_address"), rs.getString("invoice_number"), rs.getString("name"),
						rs.getString("email"), rs.getString("outcome"), rs.getObject("account_id", UUID.class),
						rs.getObject("contact_id", UUID.class)))
				.list();
		return Page.of(list, page.limit(), a -> Cursor.of(a.at().toString(), a.id().toString()));
	}

	private void record(String clientAddress, String invoice, String name, String email, String outcome,
			@Nullable UUID accountId, @Nullable UUID contactId) {
		jdbc.sql("""
				INSERT INTO self_registration (id, client_address, invoice_number, name, email, outcome, account_id, contact_id)
				VALUES (:id, :address, :invoice, :name, :email, :outcome, :account, :contact)
				""").param("id", Ids.newId()).param("address", clientAddress).param("invoice", truncate(invoice, 100))
				.param("name", truncate(name, 200)).param("email", truncate(email, 254)).param("outcome", outcome)
				.param("account", accountId).param("contact", contactId).update();
	}

	/** "First Last" into first and last name; null when no two parts can be made. */
	static String @Nullable [] split(String name) {
		String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
		if (n.length() > 200 || n.codePoints().anyMatch(Character::isISOControl)) {
			return null;
		}
		int space = n.lastIndexOf(' ');
		if (space <= 0) {
			return null;
		}
		return new String[] { n.substring(0, space), n.substring(space + 1) };
	}

	private static String truncate(String s, int max) {
		String v = s == null ? "" : s;
		return v.length() > max ? v.substring(0, max) : v;
	}
}
