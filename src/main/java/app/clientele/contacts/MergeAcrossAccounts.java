package app.clientele.contacts;

import app.clientele.platform.RuleViolation;

/** Two contacts of different accounts are merged only when staff say so: it is a move as well. */
public class MergeAcrossAccounts extends RuleViolation {

	public MergeAcrossAccounts() {
		super("merge-across-accounts", "Contacts are in different accounts",
				"The two contacts belong to different accounts; merging them moves the other's history to this"
						+ " contact's account and ends the other's portal access. Send \"acrossAccounts\": true to merge anyway.");
	}
}
