package app.clientele.accounts;

import java.util.UUID;

import app.clientele.platform.NotFound;

public class AccountNotFound extends NotFound {

	public AccountNotFound(UUID id) {
		super("Account", id);
	}
}
