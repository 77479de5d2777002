package app.clientele.portal;

import app.clientele.platform.RuleViolation;

public class SharedMailboxLogin extends RuleViolation {

	public SharedMailboxLogin() {
		super("shared-mailbox", "Shared mailbox", "A shared company mailbox can never be a portal login; use the person's own address.");
	}
}
