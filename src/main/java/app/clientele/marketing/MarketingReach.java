package app.clientele.marketing;

import java.util.LinkedHashMap;
import java.util.Map;

import app.clientele.contacts.Emailability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who marketing email may reach among all contacts, and why the others may not. Counted by the
 * rule that decides a list's audience ({@link MarketingLists#exclusion}): the contact's marketing
 * emailability (the contacts module's view) first, then marketing's own unsubscribes. Only
 * marketing knows the unsubscribes, so only marketing can say who it reaches.
 */
@Service
public class MarketingReach {

	private final JdbcClient jdbc;

	MarketingReach(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every contact counted once: an address that is not well formed counts as reachable here (SQL
	 * cannot tell), and is skipped when a campaign is sent.
	 */
	@Transactional(readOnly = true)
	public Census census() {
		Map<String, Long> refused = new LinkedHashMap<>();
		for (Emailability.Reason reason : Emailability.Reason.values()) {
			refused.put(reason.shown(), 0L);
		}
		refused.put(MarketingLists.UNSUBSCRIBED, 0L);
		long[] allowed = {0};
		jdbc.sql("""
				SELECT e.marketing_reason AS reason, o.contact_id IS NOT NULL AS unsubscribed, count(*) AS n
				FROM contact_emailability e LEFT JOIN marketing_opt_out o ON o.contact_id = e.contact_id
				GROUP BY 1, 2
				""").query(rs -> {
					String reason = rs.getString("reason");
					String exclusion = MarketingLists.exclusion(
							new Emailability(reason == null ? null : Emailability.Reason.valueOf(reason)),
							rs.getBoolean("unsubscribed"));
					if (exclusion == null) {
						allowed[0] += rs.getLong("n");
					}
					else {
						refused.merge(exclusion, rs.getLong("n"), Long::sum);
					}
				});
		return new Census(allowed[0], refused);
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
