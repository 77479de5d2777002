package app.clientele.marketing;

import java.util.UUID;

import app.clientele.platform.NotFound;

public class CampaignNotFound extends NotFound {

	public CampaignNotFound(UUID id) {
		super("Campaign", id);
	}
}
