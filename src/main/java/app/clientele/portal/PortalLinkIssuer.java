package app.clientele.portal;

import java.util.Optional;
import java.util.UUID;

import app.clientele.mail.CredentialLinkShownInMailbox;
import app.clientele.mail.LinkIssuer;
import app.clientele.platform.ClienteleProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the link of a portal email when the email is rendered: a fresh token for a live link,
 * on the public URL of this Clientele (never a request's Host header). A dead link makes no URL,
 * and the email is not sent. Every portal link sets a password or signs in, so one read in the
 * Mailbox is noted on its token, for the timeline entry of the password set through it.
 */
@Component
class PortalLinkIssuer implements LinkIssuer {

	static final String PURPOSE = "portal";

	private final PortalLinks links;
	private final ClienteleProperties properties;

	PortalLinkIssuer(PortalLinks links, ClienteleProperties properties) {
		this.links = links;
		this.properties = properties;
	}

	@Override
	public String purpose() {
		return PURPOSE;
	}

	@Override
	public boolean credential() {
		return true;
	}

	/** In the transaction that stored the token (a plain listener): the mark must name that very token. */
	@EventListener
	void on(CredentialLinkShownInMailbox shown) {
		if (PURPOSE.equals(shown.purpose())) {
			links.shownInMailbox(shown.linkId(), shown.viewer().id(), shown.viewer().name());
		}
	}

	@Override
	public Optional<String> issue(UUID linkId) {
		return links.issue(linkId).map(issued -> url(issued.purpose(), issued.token()));
	}

	String url(PortalLinks.Purpose purpose, String token) {
		String page = switch (purpose) {
			case INVITATION, SELF_REGISTRATION -> "/portal/activate";
			case SET_PASSWORD, PASSWORD_RESET -> "/portal/reset";
			case IMPERSONATION -> "/portal/impersonate";
		};
		return properties.link(page + "?token=" + token);
	}
}
