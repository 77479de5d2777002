package app.clientele.contacts;

import java.util.UUID;

import app.clientele.platform.NotFound;

public class ContactNotFound extends NotFound {

	public ContactNotFound(UUID id) {
		super("Contact", id);
	}
}
