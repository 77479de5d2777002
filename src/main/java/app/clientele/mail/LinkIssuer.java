package app.clientele.mail;

import java.util.Optional;
import java.util.UUID;

/**
 * Issues the link of an email at render time (send, or Mailbox view): modules that own links
 * implement it, one bean per {@link #purpose()}. Mail calls it outside any transaction of its
 * own, once per rendering (each delivery attempt, each Mailbox view), so an implementation
 * that stores the new token's hash should be {@code @Transactional} itself.
 */
public interface LinkIssuer {

	/** The purpose this issuer serves, e.g. {@code "portal"}, {@code "unsubscribe"}. */
	String purpose();

	/**
	 * Whether its links let whoever holds one set a password or sign in. Showing such a link in
	 * the Mailbox goes on the contact's timeline and is published as {@link CredentialLinkShownInMailbox}.
	 */
	default boolean credential() {
		return false;
	}

	/**
	 * A fresh absolute URL (built from {@code CLIENTELE_PUBLIC_URL}), or empty when the link is
	 * dead (revoked, used, expired, superseded): then the email is not sent and is marked
	 * CANCELLED with that reason. A URL outside the public URL is refused: the email FAILS.
	 */
	Optional<String> issue(UUID linkId);
}
