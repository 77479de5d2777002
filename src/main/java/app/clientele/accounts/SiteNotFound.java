package app.clientele.accounts;

import java.util.UUID;

import app.clientele.platform.NotFound;

public class SiteNotFound extends NotFound {

	public SiteNotFound(UUID id) {
		super("Site", id);
	}
}
