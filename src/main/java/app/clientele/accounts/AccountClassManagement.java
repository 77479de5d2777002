package app.clientele.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.clientele.platform.Ids;
import app.clientele.platform.IfMatch;
import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account classes: kinds of account with their portal rules. */
@Service
public class AccountClassManagement {

	private final AccountClasses classes;
	private final AccountSearch search;

	AccountClassManagement(AccountClasses classes, AccountSearch search) {
		this.classes = classes;
		this.search = search;
	}

	@Transactional
	public AccountClass create(AccountClassDetails details) {
		validate(details, null);
		Instant now = Instant.now();
		AccountClass cls = new AccountClass(Ids.newId(), "", true, false, false, null, now, now);
		cls.change(details);
		try {
			return classes.save(cls);
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

	@Transactional
	public AccountClass update(UUID id, AccountClassDetails details, IfMatch ifMatch) {
		AccountClass cls = get(id);
		ifMatch.check("Account class " + id, cls.version());
		validate(details, id);
		cls.change(details);
		try {
			return classes.save(cls);
		}
		catch (DuplicateKeyException e) {
			throw new AccountClassNameTaken(details.name());
		}
	}

	private void validate(AccountClassDetails details, @Nullable UUID self) {
		if (details.name() == null || details.name().isBlank()) {
			throw new InvalidInput("name", "is required");
		}
		if (details.name().strip().length() > 100 || AccountManagement.hasControlCharacters(details.name())) {
			throw new InvalidInput("name", "must be at most 100 printable characters");
		}
		if (search.classNameTaken(details.name(), self)) {
			throw new AccountClassNameTaken(details.name().strip());
		}
	}
}
