package app.clientele.marketing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactEmailability;
import app.clientele.contacts.ContactPlaceholders;
import app.clientele.contacts.Emailability;
import app.clientele.contacts.Emailability.Purpose;
import app.clientele.mail.LinkRequest;
import app.clientele.mail.MailOutbox;
import app.clientele.mail.OutgoingEmail;
import app.clientele.mail.Placeholders;
import app.clientele.mail.TemplateKey;
import app.clientele.platform.Ids;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the emails of campaigns being sent, a batch per campaign per tick: a steady rate that
 * never floods the outbox. Each recipient gets a row in campaign_recipient in the same transaction
 * as its email, so a campaign never mails anyone twice, however often it is sent or however many
 * nodes run this (one at a time per campaign, by an advisory lock).
 */
@Component
class CampaignDispatcher {

	private final JdbcClient jdbc;
	private final MailOutbox mail;
	private final ContactEmailability contacts;
	private final TransactionTemplate transactions;
	private final int batchSize;
	private final ContactPlaceholders placeholders;

	CampaignDispatcher(JdbcClient jdbc, MailOutbox mail, ContactEmailability contacts,
			TransactionTemplate transactions, @Value("${clientele.marketing.batch-size:200}") int batchSize,
			ContactPlaceholders placeholders) {
		this.placeholders = placeholders;
		this.jdbc = jdbc;
		this.mail = mail;
		this.contacts = contacts;
		this.transactions = transactions;
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${clientele.marketing.tick:1s}", initialDelayString = "${clientele.marketing.tick:1s}")
	void tick() {
		for (UUID campaign : jdbc.sql("SELECT id FROM campaign WHERE status = 'SENDING'").query(UUID.class).list()) {
			dispatchBatch(campaign);
		}
	}

	/** Queues every remaining recipient of a campaign now (for benchmarks and tests). */
	int dispatchAll(UUID campaign) {
		int total = 0;
		int queued;
		do {
			queued = dispatchBatch(campaign);
			total += queued;
		}
		while (queued > 0);
		return total;
	}

	/** Queues one batch; when nothing is left the campaign is SENT. Answers how many were queued. */
	int dispatchBatch(UUID campaignId) {
		Integer done = transactions.execute(tx -> {
			boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)")
					.param("key", campaignId.getMostSignificantBits() ^ 0x63616d706169676eL).query(Boolean.class).single();
			if (!locked) {
				return 0;
			}
			Map<String, Object> campaign = jdbc.sql("SELECT name, list_id, subject, body, status FROM campaign WHERE id = :id")
					.param("id", campaignId).query().singleRow();
			if (!"SENDING".equals(campaign.get("status"))) {
				return 0;
			}
			List<Recipient> batch = nextBatch(campaignId, (UUID) campaign.get("list_id"));
			if (batch.isEmpty()) {
				jdbc.sql("UPDATE campaign SET status = 'SENT', completed_at = now(), updated_at = now() WHERE id = :id")
						.param("id", campaignId).update();
				return 0;
			}
			Map<UUID, Emailability> emailability = contacts.of(batch.stream().map(Recipient::contactId).toList(),
					Purpose.MARKETING);
			for (Recipient r : batch) {
				queue(campaignId, emailability.get(r.contactId()), (String) campaign.get("name"), (String) campaign.get("subject"),
						(String) campaign.get("body"), r);
			}
			return batch.size();
		});
		return done == null ? 0 : done;
	}

	private record Recipient(UUID contactId, String firstName, String name, String email, String accountName) {
	}

	private List<Recipient> nextBatch(UUID campaignId, UUID listId) {
		return jdbc.sql("""
				SELECT c.id, c.first_name, c.middle_name, c.last_name, c.email, coalesce(a.name, '') AS account
				FROM marketing_list_member m
				JOIN contact_emailability e ON e.contact_id = m.contact_id AND e.marketing_reason IS NULL
				JOIN contact_directory c ON c.id = m.contact_id
				LEFT JOIN account_directory a ON a.id = c.account_id
				WHERE m.list_id = :list
				  AND NOT EXISTS (SELECT 1 FROM marketing_opt_out o WHERE o.contact_id = c.id)
				  AND NOT EXISTS (SELECT 1 FROM campaign_recipient r WHERE r.campaign_id = :campaign AND r.contact_id = c.id)
				ORDER BY m.contact_id
				LIMIT :limit
				""").param("list", listId).param("campaign", campaignId).param("limit", batchSize)
				.query((rs, n) -> new Recipient(rs.getObject("id", UUID.class), rs.getString("first_name"),
						Contact.displayName(rs.getString("first_name"), rs.getString("middle_name"), rs.getString("last_name")),
						rs.getString("email"), rs.getString("account")))
				.list();
	}

	private void queue(UUID campaignId, Emailability emailability, String campaignName, String subject, String body,
			Recipient r) {
		if (!emailability.allowed()) {
			// the view has left out every other reason; only an address that is not well formed gets here
			jdbc.sql("""
					INSERT INTO campaign_recipient (campaign_id, contact_id, status, error)
					VALUES (:campaign, :contact, 'SKIPPED', 'invalid email') ON CONFLICT DO NOTHING
					""").param("campaign", campaignId).param("contact", r.contactId()).update();
			return;
		}
		UUID link = Ids.newId();
		jdbc.sql("INSERT INTO unsubscribe_link (id, contact_id, campaign_id) VALUES (:id, :contact, :campaign)")
				.param("id", link).param("contact", r.contactId()).param("campaign", campaignId).update();
		Map<String, String> personal = new HashMap<>();
		personal.put("contactName", r.name());
		personal.put("contactFirstName", r.firstName());
		personal.put("accountName", r.accountName());
		if (ContactPlaceholders.uses(subject, body)) {
			personal.putAll(placeholders.of(r.contactId()));
		}
		Map<String, String> values = new LinkedHashMap<>(personal);
		values.put("subject", Placeholders.text(subject, personal));
		values.put("body", Placeholders.text(body, personal));
		values.put("campaignName", campaignName);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<{{link}}>");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		Optional<UUID> email = mail.queue(new OutgoingEmail(TemplateKey.CAMPAIGN, r.contactId(), r.email(), r.name(),
				values, new LinkRequest(Unsubscribes.PURPOSE, link), campaignId, headers));
		jdbc.sql("""
				INSERT INTO campaign_recipient (campaign_id, contact_id, email_id, status, error)
				VALUES (:campaign, :contact, :email, :status, :error) ON CONFLICT DO NOTHING
				""").param("campaign", campaignId).param("contact", r.contactId()).param("email", email.orElse(null))
				.param("status", email.isPresent() ? "QUEUED" : "SKIPPED")
				.param("error", email.isPresent() ? null : "campaign template switched off").update();
	}
}
