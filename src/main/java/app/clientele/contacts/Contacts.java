package app.clientele.contacts;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.clientele.accounts.AccountId;
import app.clientele.fields.CustomValuesJson;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contact aggregate in plain SQL: the contact row with its phones and site links. Callers
 * that touch the primary flag hold the account's lock ({@link #lockAccounts}).
 */
@Repository
class Contacts {

	private final JdbcClient jdbc;

	Contacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises every change of the primary flag per account, in a stable order so that two
	 * accounts locked together never deadlock. Released at commit.
	 */
	void lockAccounts(@Nullable UUID... accountIds) {
		java.util.Arrays.stream(accountIds).filter(java.util.Objects::nonNull).distinct().sorted()
				.forEach(id -> jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", lockKey(id)).query().singleValue());
	}

	static long lockKey(UUID accountId) {
		return accountId.getMostSignificantBits() ^ accountId.getLeastSignificantBits() ^ 0x636f6e74616374L;
	}

	/** Holds the contact's row until commit: no edit commits between a check of its version and a delete. */
	void lockRow(UUID id) {
		jdbc.sql("SELECT id FROM contact WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
	}

	Optional<Contact> find(UUID id) {
		return jdbc.sql("SELECT " + ContactRows.COLUMNS + " FROM contact c WHERE c.id = :id").param("id", id)
				.query(ContactRows::row).optional();
	}

	void insert(Contact c) {
		jdbc.sql("""
				INSERT INTO contact (id, account_id, first_name, middle_name, last_name, job_title, business_roles,
				    stage, email, birthday, notes, preferred_channel, do_not_email, do_not_call, mobile_opt_out,
				    marketing_opt_in, is_primary, billing_contact, tags, archived_at, account_since, version,
				    created_at, updated_at, second_email, second_email_label, addresses,
				    custom_fields)
				VALUES (:id, :account, :first, :middle, :last, :jobTitle, :roles, :stage, :email, :birthday, :notes,
				    :channel, :doNotEmail, :doNotCall, :mobileOptOut, :marketingOptIn, :primary, :billing, :tags,
				    :archivedAt, :accountSince, 0, :createdAt, :updatedAt, :secondEmail, :secondEmailLabel,
				    CAST(:addresses AS jsonb), CAST(:custom AS jsonb))
				""")
				.params(params(c)).update();
		writeChildren(c);
	}

	/** Writes every field but the primary flag, archive state and account; returns the new version. */
	long update(Contact c, long expectedVersion) {
		int rows = jdbc.sql("""
				UPDATE contact SET first_name = :first, middle_name = :middle, last_name = :last, job_title = :jobTitle,
				    business_roles = :roles, stage = :stage, email = :email, birthday = :birthday, notes = :notes,
				    preferred_channel = :channel, do_not_email = :doNotEmail, do_not_call = :doNotCall,
				    mobile_opt_out = :mobileOptOut, marketing_opt_in = :marketingOptIn, billing_contact = :billing,
				    tags = :tags, second_email = :secondEmail, second_email_label = :secondEmailLabel,
				    addresses = CAST(:addresses AS jsonb), custom_fields = CAST(:custom AS jsonb),
				    version = version + 1, updated_at = :updatedAt
				WHERE id = :id AND version = :expected
				""")
				.params(params(c)).param("expected", expectedVersion).update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("contact " + c.id() + " changed concurrently");
		}
		jdbc.sql("DELETE FROM contact_phone WHERE contact_id = :id").param("id", c.id()).update();
		jdbc.sql("DELETE FROM contact_site WHERE contact_id = :id").param("id", c.id()).update();
		writeChildren(c);
		return expectedVersion + 1;
	}

	void setArchived(UUID id, @Nullable Instant archivedAt) {
		jdbc.sql("""
				UPDATE contact SET archived_at = CAST(:at AS timestamptz),
				    is_primary = CASE WHEN CAST(:at AS timestamptz) IS NULL THEN is_primary ELSE false END,
				    version = version + 1, updated_at = now()
				WHERE id = :id
				""").param("id", id).param("at", archivedAt == null ? null : Timestamp.from(archivedAt)).update();
	}

	/**
	 * Makes {@code contactId} the one primary contact of the account. Two statements, the old flag
	 * first: the unique index is checked row by row, and the rule of exactly one at commit.
	 */
	void setPrimary(AccountId accountId, ContactId contactId) {
		jdbc.sql("""
				UPDATE contact SET is_primary = false, version = version + 1, updated_at = now()
				WHERE account_id = :account AND is_primary AND id <> :contact
				""").param("account", accountId.value()).param("contact", contactId.value()).update();
		jdbc.sql("""
				UPDATE contact SET is_primary = true, version = version + 1, updated_at = now()
				WHERE id = :contact AND account_id = :account AND NOT is_primary
				""").param("account", accountId.value()).param("contact", contactId.value()).update();
	}

	void move(UUID id, @Nullable UUID accountId) {
		jdbc.sql("DELETE FROM contact_site WHERE contact_id = :id").param("id", id).update();
		jdbc.sql("""
				UPDATE contact SET account_id = :account, is_primary = false, account_since = now(),
				    version = version + 1, updated_at = now()
				WHERE id = :id
				""").param("id", id).param("account", accountId).update();
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM contact WHERE id = :id").param("id", id).update();
	}

	Optional<UUID> primaryOf(UUID accountId) {
		return jdbc.sql("SELECT id FROM contact WHERE account_id = :a AND is_primary AND archived_at IS NULL")
				.param("a", accountId).query(UUID.class).optional();
	}

	/** The active contact that has been with the account longest, other than {@code except}. */
	Optional<UUID> longestStanding(UUID accountId, @Nullable UUID except) {
		return jdbc.sql("""
				SELECT id FROM contact
				WHERE account_id = :a AND archived_at IS NULL AND id IS DISTINCT FROM CAST(:except AS uuid)
				ORDER BY account_since, created_at, id LIMIT 1
				""").param("a", accountId).param("except", except).query(UUID.class).optional();
	}

	Optional<Contact> byEmail(UUID accountId, String email) {
		return jdbc.sql("SELECT " + ContactRows.COLUMNS
				+ " FROM contact c WHERE c.account_id = :a AND lower(c.email) = lower(:email)")
				.param("a", accountId).param("email", email.strip()).query(ContactRows::row).optional();
	}

	boolean emailTaken(UUID accountId, String email, @Nullable UUID except) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM contact WHERE account_id = :a AND lower(email) = lower(:email)
				               AND id IS DISTINCT FROM CAST(:except AS uuid))
				""").param("a", accountId).param("email", email).param("except", except).query(Boolean.class).single();
	}

	private void writeChildren(Contact c) {
		int position = 0;
		for (Phone p : c.phones()) {
			jdbc.sql("INSERT INTO contact_phone (contact_id, position, type, number, e164) VALUES (:c, :p, :t, :n, :e)")
					.param("c", c.id()).param("p", position++).param("t", p.type().name()).param("n", p.number())
					.param("e", p.e164()).update();
		}
		for (UUID site : c.siteIds()) {
			jdbc.sql("INSERT INTO contact_site (contact_id, site_id) VALUES (:c, :s)").param("c", c.id())
					.param("s", site).update();
		}
	}

	private static Map<String, Object> params(Contact c) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", c.id());
		p.put("account", c.accountId());
		p.put("first", c.firstName());
		p.put("middle", c.middleName());
		p.put("last", c.lastName());
		p.put("jobTitle", c.jobTitle());
		p.put("roles", c.businessRoles().stream().map(Enum::name).sorted().toArray(String[]::new));
		p.put("stage", c.stage() == null ? null : c.stage().name());
		p.put("email", c.email());
		p.put("birthday", c.birthday() == null ? null : Date.valueOf(c.birthday()));
		p.put("notes", c.notes());
		p.put("channel", c.preferredChannel().name());
		p.put("doNotEmail", c.doNotEmail());
		p.put("doNotCall", c.doNotCall());
		p.put("mobileOptOut", c.mobileOptOut());
		p.put("marketingOptIn", c.marketingOptIn());
		p.put("primary", c.primary());
		p.put("billing", c.billingContact());
		p.put("tags", c.tags().toArray(String[]::new));
		p.put("archivedAt", c.archivedAt() == null ? null : Timestamp.from(c.archivedAt()));
		p.put("accountSince", Timestamp.from(c.accountSince()));
		p.put("createdAt", Timestamp.from(c.createdAt()));
		p.put("updatedAt", Timestamp.from(c.updatedAt()));
		p.put("secondEmail", c.secondEmail());
		p.put("secondEmailLabel", c.secondEmailLabel() == null ? null : c.secondEmailLabel().name());
		p.put("addresses", ContactRows.addressesJson(c.addresses()));
		p.put("custom", CustomValuesJson.write(c.customFields()));
		return p;
	}
}
