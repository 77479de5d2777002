package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;

/**
 * The contact signed into the portal: with its password, or by setting one through an
 * invitation or reset link (which signs them in).
 */
public record PortalSignedIn(UUID contactId, Via via, Actor actor) {

	public enum Via { PASSWORD, LINK }

	public PortalSignedIn(UUID contactId, Actor actor) {
		this(contactId, Via.PASSWORD, actor);
	}
}
