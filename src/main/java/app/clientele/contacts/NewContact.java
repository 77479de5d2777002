package app.clientele.contacts;

import org.jspecify.annotations.Nullable;

/**
 * A contact to create. {@code primary} asks for the flag (the first contact of an account gets
 * it anyway); {@code confirmNotDuplicate} saves despite likely duplicates, except the same email
 * under the same account.
 */
public record NewContact(ContactDetails details, boolean active, boolean primary, boolean sendWelcomeEmail,
		@Nullable PortalAccessRequest portal, boolean confirmNotDuplicate) {
}
