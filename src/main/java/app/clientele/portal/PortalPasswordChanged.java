package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The contact set a new password. {@code shownInMailboxBy} names the staff user who saw the link
 * used in the Mailbox, if one did (only {@link Via#LINK}).
 */
public record PortalPasswordChanged(UUID contactId, Via via, @Nullable String shownInMailboxBy, Actor actor) {

	public enum Via {
		/** A reset or set-new-password link. */
		LINK,
		/** The profile page, while signed in. */
		PROFILE
	}
}
