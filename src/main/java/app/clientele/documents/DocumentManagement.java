package app.clientele.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.Ids;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.portal.InvoiceVerification;
import app.clientele.portal.PortalUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Documents of accounts: recording them, listing them for staff, and for the portal within a contact's access. */
@Service
public class DocumentManagement implements InvoiceVerification {

	private final Documents documents;
	private final AccountManagement accounts;
	private final FieldConstraints constraints;

	DocumentManagement(Documents documents, AccountManagement accounts, FieldConstraints constraints) {
		this.documents = documents;
		this.accounts = accounts;
		this.constraints = constraints;
	}

	@Transactional
	public Document create(UUID accountId, NewDocument request) {
		accounts.get(accountId);
		Document document = validate(accountId, request);
		if (documents.numberTaken(document.type(), document.number())) {
			throw new DocumentNumberTaken(document.number());
		}
		try {
			documents.insert(document);
		}
		catch (DuplicateKeyException e) {
			throw new DocumentNumberTaken(document.number());
		}
		return get(document.id());
	}

	@Transactional(readOnly = true)
	public Document get(UUID id) {
		return documents.find(id).orElseThrow(() -> new DocumentNotFound(id));
	}

	@Transactional(readOnly = true)
	public Page<Document> ofAccount(UUID accountId, PageRequest page) {
		accounts.get(accountId);
		return Page.of(documents.ofAccount(accountId, null, null, true, page), page.limit(), Documents::cursorOf);
	}

	/**
	 * The documents a portal user may see: of its account, of the types its permissions show
	 * ({@code type} narrows them), and within its site scope (account-wide documents always).
	 */
	@Transactional(readOnly = true)
	public Page<Document> forPortal(PortalUser user, Set<DocumentType> types, PageRequest page) {
		List<UUID> sites = user.allSites() ? null : user.sites().stream().map(PortalUser.Site::id).toList();
		return Page.of(documents.ofAccount(user.accountId(), types, sites, true, page), page.limit(), Documents::cursorOf);
	}

	/** One document for the portal: another account's, or one outside the contact's sites, does not exist for it. */
	@Transactional(readOnly = true)
	public Document forPortal(PortalUser user, UUID id) {
		Document d = documents.find(id).filter(doc -> doc.accountId().equals(user.accountId()))
				.filter(doc -> user.sees(doc.siteId())).orElseThrow(() -> new DocumentNotFound(id));
		return d;
	}

	/**
	 * One document as the portal's pages open it: as {@link #forPortal(PortalUser, UUID)}, and of a
	 * module the contact has; outside any of that it does not exist for the contact.
	 */
	@Transactional(readOnly = true)
	public Document openInPortal(PortalUser user, UUID id) {
		Document document = forPortal(user, id);
		if (!user.may(document.type().permission())) {
			throw new DocumentNotFound(id);
		}
		return document;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> accountOf(String invoiceNumber, @Nullable String quickPayCode, @Nullable String accountNumber) {
		if (invoiceNumber == null || invoiceNumber.isBlank()) {
			return Optional.empty();
		}
		UUID numbered = accountNumber == null || accountNumber.isBlank() ? null
				: accounts.idOfNumber(accountNumber).orElse(null);
		return documents.invoiceAccount(invoiceNumber, quickPayCode, numbered);
	}

	private Document validate(UUID accountId, NewDocument r) {
		List<FieldProblem> errors = new ArrayList<>();
		String currency = r.currency() == null || r.currency().isBlank() ? null : r.currency().strip().toUpperCase(Locale.ROOT);
		if (r.amount() != null && currency == null) {
			errors.add(new FieldProblem("currency", "is required with an amount"));
		}
		if (r.siteId() != null && !accounts.foreignSites(accountId, Set.of(r.siteId())).isEmpty()) {
			errors.add(new FieldProblem("siteId", "must be a site of the account"));
		}
		constraints.valid(r, errors);
		String number = r.number() == null ? "" : r.number().strip();
		String title = r.title() == null ? "" : r.title().strip();
		String status = r.status() == null || r.status().isBlank() ? "OPEN" : r.status().strip().toUpperCase(Locale.ROOT);
		String code = r.quickPayCode() == null || r.quickPayCode().isBlank() ? null : r.quickPayCode().strip();
		Instant now = Instant.now();
		return new Document(Ids.newId(), accountId, r.siteId(), r.type(), number, title, r.amount(), currency,
				r.dueDate(), status, code, 0, now, now);
	}
}
