package app.clientele.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.clientele.platform.Actor;
import app.clientele.platform.Ids;
import app.clientele.platform.IfMatch;
import app.clientele.platform.FieldConstraints;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account classes: kinds of account with their portal rules. */
@Service
public class AccountClassManagement {

	private final AccountClasses classes;
	private final AccountSearch search;
	private final FieldConstraints constraints;
	private final ApplicationEventPublisher events;

	AccountClassManagement(AccountClasses classes, AccountSearch search, FieldConstraints constraints,
			ApplicationEventPublisher events) {
		this.events = events;
		this.classes = classes;
		this.search = search;
		this.constraints = constraints;
	}

	@Transactional
	public AccountClass create(AccountClassDetails details) {
		validate(details, null);
		Instant now = Instant.now();
		AccountClass cls = new AccountClass(Ids.newId(), "", true, false, false, null, now, now);
		cls.change(details);
		try {
			AccountClass created = classes.save(cls);
			events.publishEvent(new AccountClassCreated(created.id(), details(created), Actor.current()));
			return created;
		}
		catch (DuplicateKeyException e) {
			throw new AccountClassNameTaken(details.name());
		}
	}

	@Transactional(readOnly = true)
	public AccountClass get(UUID id) {
		return classes.findById(id).orElseThrow(() -> new AccountClassNotFound(id));
	}

	/** Every class, by name: a business has a handful. */
	@Transactional(readOnly = true)
	public List<AccountClass> list() {
		return search.classes();
	}

	/**
	 * The ids of the accounts of a class, none for a class that does not exist: what contact lists
	 * filtered by class read (a business has a handful of classes, so a class has many accounts;
	 * the ids are few bytes each).
	 */
	@Transactional(readOnly = true)
	public List<UUID> accountIds(UUID classId) {
		return search.idsOfClass(classId);
	}

	@Transactional
	public AccountClass update(UUID id, AccountClassDetails details, IfMatch ifMatch) {
		AccountClass cls = get(id);
		ifMatch.check("Account class " + id, cls.version());
		validate(details, id);
		AccountClassDetails before = details(cls);
		cls.change(details);
		try {
			AccountClass changed = classes.save(cls);
			events.publishEvent(new AccountClassChanged(id, before, details(changed), Actor.current()));
			return changed;
		}
		catch (DuplicateKeyException e) {
			throw new AccountClassNameTaken(details.name());
		}
	}

	private static AccountClassDetails details(AccountClass cls) {
		return new AccountClassDetails(cls.name(), cls.portalEnabled(), cls.autoSendPortalInvite(),
				cls.allowInvoiceVerifiedSelfRegistration());
	}

	private void validate(AccountClassDetails details, @Nullable UUID self) {
		constraints.valid(details);
		if (search.classNameTaken(details.name(), self)) {
			throw new AccountClassNameTaken(details.name().strip());
		}
	}
}
