package app.clientele.marketing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.ContactPlaceholders;
import app.clientele.mail.Placeholders;
import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A campaign as one real contact would get it: subject and text with that contact's values filled in. */
@Service
public class CampaignPreview {

	/** What the contact would read. */
	public record Preview(UUID contactId, String contactName, String email, String subject, String body) {
	}

	private final Campaigns campaigns;
	private final MarketingLists lists;
	private final ContactManagement contacts;
	private final AccountManagement accounts;
	private final ContactPlaceholders placeholders;

	CampaignPreview(Campaigns campaigns, MarketingLists lists, ContactManagement contacts, AccountManagement accounts,
			ContactPlaceholders placeholders) {
		this.placeholders = placeholders;
		this.campaigns = campaigns;
		this.lists = lists;
		this.contacts = contacts;
		this.accounts = accounts;
	}

	/** Previews for {@code contactId}, or for the first eligible member of the list when none is named. */
	@Transactional(readOnly = true)
	public Preview preview(UUID campaignId, @Nullable UUID contactId) {
		Campaign campaign = campaigns.get(campaignId);
		UUID who = contactId != null ? contactId : lists.audience(campaign.listId()).eligible().stream().findFirst()
				.map(Audience.Eligible::contactId)
				.orElseThrow(() -> new InvalidInput("contactId", "is needed: the list has no eligible member to preview with"));
		Contact contact = contacts.get(who);
		Map<String, String> values = new HashMap<>();
		values.put("contactName", contact.name());
		values.put("contactFirstName", contact.firstName());
		values.put("accountName", contact.accountId() == null ? ""
				: accounts.names(java.util.Set.of(contact.accountId())).getOrDefault(contact.accountId(), ""));
		values.putAll(placeholders.of(who));
		return new Preview(who, contact.name(), contact.email() == null ? "" : contact.email(),
				Placeholders.text(campaign.subject(), values), Placeholders.text(campaign.body(), values));
	}
}
