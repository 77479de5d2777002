package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;

/** A person registered for the portal with an invoice number of their account, and got a link. */
public record PortalSelfRegistered(UUID contactId, String invoiceNumber, Actor actor) {
}
