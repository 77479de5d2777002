package app.clientele.activity;

import java.util.Map;

import app.clientele.marketing.AddedToMarketingList;
import app.clientele.marketing.CampaignSentToContact;
import app.clientele.marketing.RemovedFromMarketingList;
import app.clientele.marketing.UnsubscribedFromMarketing;
import app.clientele.platform.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts marketing on a contact's timeline: campaigns it got, lists it joined or left, its
 * unsubscribe. Plain listeners, in the transaction of the marketing change itself.
 */
@Component
class MarketingActivity {

	private final ActivityLog log;

	MarketingActivity(ActivityLog log) {
		this.log = log;
	}

	@EventListener
	void on(CampaignSentToContact event) {
		log.record(event.contactId(), "CAMPAIGN_SENT",
				Map.of("campaignId", event.campaignId().toString(), "subject", event.subject()), Actor.SYSTEM);
	}

	@EventListener
	void on(UnsubscribedFromMarketing event) {
		log.record(event.contactId(), "UNSUBSCRIBED_FROM_MARKETING", Map.of("via", event.via(), "campaignId",
				event.campaignId() == null ? "" : event.campaignId().toString()), Actor.SYSTEM);
	}

	@EventListener
	void on(AddedToMarketingList event) {
		log.record(event.contactId(), "ADDED_TO_MARKETING_LIST",
				Map.of("listId", event.listId().toString(), "listName", event.listName()), event.actor());
	}

	@EventListener
	void on(RemovedFromMarketingList event) {
		log.record(event.contactId(), "REMOVED_FROM_MARKETING_LIST",
				Map.of("listId", event.listId().toString(), "listName", event.listName()), event.actor());
	}
}
