package app.clientele.marketing;

import java.util.LinkedHashMap;
import java.util.Map;

import app.clientele.contacts.Emailability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who marketing email may reach among all contacts, and why the others may not. Counted by the
 * rule that decides a list's audience ({@link MarketingLists#exclusion}): the contact's marketing
 * emailability first, then marketing's own unsubscribes. Only marketing knows the unsubscribes, so
 * only marketing can say who it reaches.
 * <p>
 * The contacts module keeps the count of contacts per marketing reason as it writes them (the view
 * {@code contact_marketing_reason_count}); the unsubscribed among the contacts it would allow are
 * then moved out of "allowed", read from marketing's own opt-outs (one lookup per opt-out). The
 * cost follows the opt-outs, not the contacts.
 */
@Service
public class MarketingReach {

	/** The reason contact_marketing_reason_count gives contacts that marketing email may reach. */
	private static final String ALLOWED = "ALLOWED";

	private final JdbcClient jdbc;

	MarketingReach(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every contact counted once: an address that is not well formed counts as reachable here (SQL
	 * cannot tell), and is skipped when a campaign is sent. Both reads see one snapshot, so a
	 * contact changed meanwhile is counted once.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Census census() {
		Map<String, Long> refused = new LinkedHashMap<>();
		for (Emailability.Reason reason : Emailability.Reason.values()) {
			refused.put(reason.shown(), 0L);
		}
		long[] allowed = {0};
		jdbc.sql("SELECT reason, contacts FROM contact_marketing_reason_count").query(rs -> {
			String reason = rs.getString("reason");
			if (ALLOWED.equals(reason)) {
				allowed[0] += rs.getLong("contacts");
			}
			else {
				refused.merge(Emailability.Reason.valueOf(reason).shown(), rs.getLong("contacts"), Long::sum);
			}
		});
		long unsubscribed = jdbc.sql("""
				SELECT count(*) FROM marketing_opt_out o
				JOIN contact_emailability e ON e.contact_id = o.contact_id
				WHERE e.marketing_reason IS NULL
				""").query(Long.class).single();
		refused.put(MarketingLists.UNSUBSCRIBED, unsubscribed);
		return new Census(allowed[0] - unsubscribed, refused);
	}

	/**
	 * Contacts marketing email may reach, and those it may not by reason, every reason present in
	 * the rule's order: ARCHIVED, NO_EMAIL (none or not valid), DO_NOT_EMAIL, NOT_OPTED_IN,
	 * UNSUBSCRIBED, as {@link Audience} names them.
	 */
	public record Census(long allowed, Map<String, Long> refused) {

		public long total() {
			return allowed + refused.values().stream().mapToLong(Long::longValue).sum();
		}
	}
}
