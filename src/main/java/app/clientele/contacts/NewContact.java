package app.clientele.contacts;

import org.jspecify.annotations.Nullable;

/**
 * A contact to create. {@code primary} asks for the flag (the first contact of an account gets
 * it anyway); {@code confirmNotDuplicate} saves despite likely duplicates, except the same email
 * under the same account. {@code automaticInvitation} false keeps the account class's automatic
 * portal invitation from going (an import, unless staff turn its emails on); staff creating one
 * contact always follow the class.
 */
public record NewContact(ContactDetails details, boolean active, boolean primary, boolean sendWelcomeEmail,
		@Nullable PortalAccessRequest portal, boolean confirmNotDuplicate, boolean automaticInvitation) {

	public NewContact(ContactDetails details, boolean active, boolean primary, boolean sendWelcomeEmail,
			@Nullable PortalAccessRequest portal, boolean confirmNotDuplicate) {
		this(details, active, primary, sendWelcomeEmail, portal, confirmNotDuplicate, true);
	}
}
