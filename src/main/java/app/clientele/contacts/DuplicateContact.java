package app.clientele.contacts;

import java.util.List;

import app.clientele.platform.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The contact looks like a person already on record. Staff confirm to save anyway, unless the
 * same email already belongs to a contact of the same account ({@code confirmable} false).
 */
public class DuplicateContact extends RuleViolation {

	private final List<DuplicateCandidate> candidates;
	private final boolean confirmable;

	public DuplicateContact(List<DuplicateCandidate> candidates, boolean confirmable) {
		super("duplicate-contact", "Likely duplicate",
				confirmable ? "This person may already be on record. Check the candidates; send again with "
						+ "confirmNotDuplicate: true to save anyway."
						: "A contact of this account already has this email. One email belongs to one person.");
		forPeople(confirmable ? "problem.duplicate-contact" : "problem.duplicate-contact.same-email");
		this.candidates = List.copyOf(candidates);
		this.confirmable = confirmable;
		property("candidates", this.candidates);
		property("confirmable", confirmable);
	}

	/**
	 * The duplicate rule of a create, given what the duplicate check found: the same email under
	 * the same account is refused always, likely duplicates unless staff confirmed; null: no refusal.
	 */
	static @Nullable DuplicateContact refusal(List<DuplicateCandidate> candidates, boolean emailTaken,
			boolean confirmed) {
		if (emailTaken) {
			return new DuplicateContact(candidates, false);
		}
		if (!confirmed && DuplicateFinder.anyLikely(candidates)) {
			return new DuplicateContact(candidates.stream().filter(c -> c.score() >= DuplicateFinder.LIKELY).toList(),
					true);
		}
		return null;
	}

	public List<DuplicateCandidate> candidates() {
		return candidates;
	}

	/** False when the same email belongs to a contact of the same account: no confirmation saves it. */
	public boolean confirmable() {
		return confirmable;
	}
}
