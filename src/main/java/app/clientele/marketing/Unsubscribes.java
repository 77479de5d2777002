package app.clientele.marketing;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.clientele.mail.LinkIssuer;
import app.clientele.platform.ClienteleProperties;
import app.clientele.platform.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-click unsubscribe (RFC 8058). Each campaign email carries its own link, made when the email
 * renders (only a hash is kept). Opening the link asks for confirmation, so mail scanners that
 * follow links unsubscribe nobody; the one-click POST, or the confirmation, opts out at once.
 */
@Service
public class Unsubscribes implements LinkIssuer {

	static final String PURPOSE = "unsubscribe";

	/** Whose link a token is, for the confirmation page. */
	public record Subscriber(UUID contactId, String email, boolean alreadyOut) {
	}

	private final JdbcClient jdbc;
	private final ClienteleProperties properties;
	private final ApplicationEventPublisher events;

	Unsubscribes(JdbcClient jdbc, ClienteleProperties properties, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.events = events;
	}

	@Override
	public String purpose() {
		return PURPOSE;
	}

	@Override
	@Transactional
	public Optional<String> issue(UUID linkId) {
		String token = Secrets.token();
		int rows = jdbc.sql("UPDATE unsubscribe_link SET token_hash = :hash WHERE id = :id").param("hash", Secrets.hash(token))
				.param("id", linkId).update();
		return rows == 1 ? Optional.of(properties.link("/unsubscribe/" + token)) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Optional<Subscriber> find(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT l.contact_id, coalesce(c.email, '') AS email, o.contact_id IS NOT NULL AS out
				FROM unsubscribe_link l JOIN contact_directory c ON c.id = l.contact_id
				LEFT JOIN marketing_opt_out o ON o.contact_id = l.contact_id
				WHERE l.token_hash = :hash
				""").param("hash", Secrets.hash(token))
				.query((rs, n) -> new Subscriber(rs.getObject("contact_id", UUID.class), rs.getString("email"),
						rs.getBoolean("out")))
				.optional();
	}

	/** Opts the link's contact out of marketing, at once and for good; true when the token was known. */
	@Transactional
	public boolean unsubscribe(String token, String via) {
		Optional<Map<String, Object>> link = token == null || token.length() > 100 ? Optional.empty()
				: jdbc.sql("SELECT contact_id, campaign_id FROM unsubscribe_link WHERE token_hash = :hash")
						.param("hash", Secrets.hash(token)).query().listOfRows().stream().findFirst();
		if (link.isEmpty()) {
			return false;
		}
		UUID contact = (UUID) link.get().get("contact_id");
		@Nullable UUID campaign = (UUID) link.get().get("campaign_id");
		int rows = jdbc.sql("""
				INSERT INTO marketing_opt_out (contact_id, campaign_id, via) VALUES (:contact, :campaign, :via)
				ON CONFLICT (contact_id) DO NOTHING
				""").param("contact", contact).param("campaign", campaign).param("via", via).update();
		if (rows == 1) {
			events.publishEvent(new UnsubscribedFromMarketing(contact, campaign, via));
		}
		return true;
	}

	@Transactional(readOnly = true)
	public boolean unsubscribed(UUID contactId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM marketing_opt_out WHERE contact_id = :c)").param("c", contactId)
				.query(Boolean.class).single();
	}

}
