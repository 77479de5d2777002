package app.clientele.contacts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emailability rule for many contacts at once, for audiences. Readers that must filter in SQL
 * join the view {@code contact_emailability} instead (same rule on the stored facts) and ask here
 * before sending, since only here is an address checked to be well formed.
 */
@Service
public class ContactEmailability {

	/** Ids per query: PostgreSQL takes at most 65,535 parameters in one statement. */
	private static final int CHUNK = 10_000;

	private final JdbcClient jdbc;

	ContactEmailability(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each named contact that exists, with whether it may be emailed for the purpose and why not. */
	@Transactional(readOnly = true)
	public Map<UUID, Emailability> of(Collection<UUID> contactIds, Emailability.Purpose purpose) {
		Map<UUID, Emailability> answers = new HashMap<>();
		List<UUID> ids = List.copyOf(contactIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			read(ids.subList(from, Math.min(ids.size(), from + CHUNK)), purpose, answers);
		}
		return answers;
	}

	private void read(List<UUID> contactIds, Emailability.Purpose purpose, Map<UUID, Emailability> answers) {
		jdbc.sql("""
				SELECT id, archived_at IS NOT NULL AS archived, email, do_not_email, marketing_opt_in
				FROM contact WHERE id IN (:ids)
				""").param("ids", contactIds).query(rs -> {
					answers.put(rs.getObject("id", UUID.class), Emailability.of(rs.getBoolean("archived"),
							rs.getString("email"), rs.getBoolean("do_not_email"), rs.getBoolean("marketing_opt_in"), purpose));
				});
	}
}
