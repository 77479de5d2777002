package app.clientele.contacts;

import java.util.UUID;

/**
 * One merge as its steps see it: the survivor and the merged-away contact as they were before,
 * and what staff chose. On an undo, {@code other} is the contact as it comes back.
 */
public record ContactMerge(UUID id, Contact survivor, Contact other, MergeRequest request) {

	/** Whether the two contacts were in different accounts: the move rules apply (portal access ends). */
	public boolean acrossAccounts() {
		return !java.util.Objects.equals(survivor.accountId(), other.accountId());
	}
}
