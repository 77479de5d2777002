package app.clientele.marketing;

import java.util.UUID;

import app.clientele.platform.NotFound;

public class MarketingListNotFound extends NotFound {

	public MarketingListNotFound(UUID id) {
		super("Marketing list", id);
	}
}
