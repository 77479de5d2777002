package app.clientele.contacts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The merges in plain SQL: the merged-away contact is kept as JSON until its merge is undone. */
@Repository
class Merges {

	/** A merge; the survivor as it was before and after it are missing on merges made before they were kept. */
	record Stored(UUID id, UUID survivorId, UUID otherId, Contact other, @Nullable String survivorEmail,
			Instant mergedAt, @Nullable Instant undoneAt, @Nullable Contact survivorBefore,
			@Nullable Contact survivorAfter) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Merges(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(UUID id, Contact survivor, Contact other, String by) {
		jdbc.sql("""
				INSERT INTO contact_merge (id, survivor_id, other_id, other_contact, survivor_email, merged_by, survivor_before)
				VALUES (:id, :survivor, :other, CAST(:json AS jsonb), :email, :by, CAST(:before AS jsonb))
				""").param("id", id).param("survivor", survivor.id()).param("other", other.id())
				.param("json", json.writeValueAsString(other)).param("email", survivor.email()).param("by", by)
				.param("before", json.writeValueAsString(survivor)).update();
	}

	/** The survivor as the merge left it: an undo takes back only what is still as the merge made it. */
	void survivorAfter(UUID id, Contact after) {
		jdbc.sql("UPDATE contact_merge SET survivor_after = CAST(:after AS jsonb) WHERE id = :id").param("id", id)
				.param("after", json.writeValueAsString(after)).update();
	}

	/** The merge, locked against a second undo running at the same time. */
	Optional<Stored> lock(UUID id) {
		return jdbc.sql("""
				SELECT id, survivor_id, other_id, other_contact::text AS other, survivor_email, merged_at, undone_at,
				       survivor_before::text AS before, survivor_after::text AS after
				FROM contact_merge WHERE id = :id FOR UPDATE
				""").param("id", id).query((rs, n) -> {
					Timestamp undone = rs.getTimestamp("undone_at");
					return new Stored(rs.getObject("id", UUID.class), rs.getObject("survivor_id", UUID.class),
							rs.getObject("other_id", UUID.class), json.readValue(rs.getString("other"), Contact.class),
							rs.getString("survivor_email"), rs.getTimestamp("merged_at").toInstant(),
							undone == null ? null : undone.toInstant(), contact(rs.getString("before")),
							contact(rs.getString("after")));
				}).optional();
	}

	private @Nullable Contact contact(@Nullable String stored) {
		return stored == null ? null : json.readValue(stored, Contact.class);
	}

	void undone(UUID id) {
		jdbc.sql("UPDATE contact_merge SET undone_at = now() WHERE id = :id").param("id", id).update();
	}
}
