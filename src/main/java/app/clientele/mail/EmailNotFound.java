package app.clientele.mail;

import java.util.UUID;

import app.clientele.platform.NotFound;

public class EmailNotFound extends NotFound {

	public EmailNotFound(UUID id) {
		super("Email", id);
	}
}
