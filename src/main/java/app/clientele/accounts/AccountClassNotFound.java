package app.clientele.accounts;

import java.util.UUID;

import app.clientele.platform.NotFound;

public class AccountClassNotFound extends NotFound {

	public AccountClassNotFound(UUID id) {
		super("Account class", id);
	}
}
