package app.clientele.contacts;

import app.clientele.platform.Emails;
import org.jspecify.annotations.Nullable;

/**
 * Whether a contact may be sent email, and why not when it may not. The contacts module owns this
 * rule and every sender asks it, so consent and suppression are added here once. The purpose is
 * part of the rule because its facts are the contact's: marketing also needs the contact's opt-in.
 * Conditions a sending module keeps itself (marketing's unsubscribes, a document's topics) come on
 * top of this answer.
 */
public record Emailability(@Nullable Reason reason) {

	private static final Emailability ALLOWED = new Emailability(null);

	/** What the email is for. */
	public enum Purpose {
		/** Mail a contact gets as a customer: welcome, documents, portal links. */
		TRANSACTIONAL,
		/** Campaigns: only to contacts who opted in. */
		MARKETING
	}

	/** Why a contact may not be emailed, in the order the rule asks. */
	public enum Reason {
		ARCHIVED, NO_EMAIL, INVALID_EMAIL, DO_NOT_EMAIL, NOT_OPTED_IN;

		/** The reason as staff see it: an address that is not valid counts as none. */
		public String shown() {
			return this == INVALID_EMAIL ? NO_EMAIL.name() : name();
		}
	}

	public boolean allowed() {
		return reason == null;
	}

	/** The rule itself, on the stored facts of one contact: the first reason that applies. */
	static Emailability of(boolean archived, @Nullable String email, boolean doNotEmail, boolean marketingOptIn,
			Purpose purpose) {
		if (archived) {
			return new Emailability(Reason.ARCHIVED);
		}
		if (email == null) {
			return new Emailability(Reason.NO_EMAIL);
		}
		if (!Emails.isValid(email)) {
			return new Emailability(Reason.INVALID_EMAIL);
		}
		if (doNotEmail) {
			return new Emailability(Reason.DO_NOT_EMAIL);
		}
		if (purpose == Purpose.MARKETING && !marketingOptIn) {
			return new Emailability(Reason.NOT_OPTED_IN);
		}
		return ALLOWED;
	}
}
