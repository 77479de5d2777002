package app.clientele.contacts;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.clientele.fields.CustomValuesJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writes of {@link ContactBatch}: many contacts, their phones and sites each in one statement
 * (arrays unnested), the accounts' locks in one. Same columns and values as {@link Contacts#insert}.
 */
@Repository
class ContactBatchWrites {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ContactBatchWrites(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** {@link Contacts#lockAccounts} for many accounts, in the same (sorted) order, in one statement. */
	void lockAccounts(Collection<UUID> accountIds) {
		Long[] keys = accountIds.stream().distinct().sorted().map(Contacts::lockKey).toArray(Long[]::new);
		if (keys.length > 0) {
			jdbc.sql("""
					SELECT count(*) FROM (SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[]))
					    WITH ORDINALITY AS l(k, o) ORDER BY o) locked
					""")
					.param("keys", keys).query(Long.class).single();
		}
	}

	void insert(List<Contact> batch) {
		jdbc.sql("""
				INSERT INTO contact (id, account_id, first_name, middle_name, last_name, job_title, business_roles,
				    stage, email, birthday, notes, preferred_channel, do_not_email, do_not_call, mobile_opt_out,
				    marketing_opt_in, is_primary, billing_contact, tags, archived_at, account_since, version,
				    created_at, updated_at, second_email, second_email_label, addresses,
				    custom_fields)
				SELECT id, account, first, middle, last, job_title,
				    ARRAY(SELECT jsonb_array_elements_text(CAST(roles AS jsonb))), stage, email, birthday, notes, channel,
				    dne, dnc, moo, moi, false, billing, ARRAY(SELECT jsonb_array_elements_text(CAST(tags AS jsonb))),
				    archived, since, 0, created, updated, second_email, second_label, CAST(addresses AS jsonb),
				    CAST(custom AS jsonb)
				FROM unnest(CAST(:id AS uuid[]), CAST(:account AS uuid[]), CAST(:first AS text[]), CAST(:middle AS text[]),
				    CAST(:last AS text[]), CAST(:jobTitle AS text[]), CAST(:roles AS text[]), CAST(:stage AS text[]),
				    CAST(:email AS text[]), CAST(:birthday AS date[]), CAST(:notes AS text[]), CAST(:channel AS text[]),
				    CAST(:dne AS boolean[]), CAST(:dnc AS boolean[]), CAST(:moo AS boolean[]), CAST(:moi AS boolean[]),
				    CAST(:billing AS boolean[]), CAST(:tags AS text[]), CAST(:archived AS timestamptz[]),
				    CAST(:since AS timestamptz[]), CAST(:created AS timestamptz[]), CAST(:updated AS timestamptz[]),
				    CAST(:secondEmail AS text[]), CAST(:secondLabel AS text[]), CAST(:addresses AS text[]),
				    CAST(:custom AS text[]))
				    AS c(id, account, first, middle, last, job_title, roles, stage, email, birthday, notes, channel, dne,
				         dnc, moo, moi, billing, tags, archived, since, created, updated, second_email, second_label,
				         addresses, custom)
				""")
				.param("id", column(batch, Contact::id, UUID[]::new))
				.param("account", column(batch, Contact::accountId, UUID[]::new))
				.param("first", column(batch, Contact::firstName, String[]::new))
				.param("middle", column(batch, Contact::middleName, String[]::new))
				.param("last", column(batch, Contact::lastName, String[]::new))
				.param("jobTitle", column(batch, Contact::jobTitle, String[]::new))
				.param("roles", column(batch, c -> json.writeValueAsString(c.businessRoles().stream().map(Enum::name)
						.sorted().toList()), String[]::new))
				.param("stage", column(batch, c -> c.stage() == null ? null : c.stage().name(), String[]::new))
				.param("email", column(batch, Contact::email, String[]::new))
				.param("birthday", column(batch, c -> c.birthday() == null ? null : Date.valueOf(c.birthday()), Date[]::new))
				.param("notes", column(batch, Contact::notes, String[]::new))
				.param("channel", column(batch, c -> c.preferredChannel().name(), String[]::new))
				.param("dne", column(batch, Contact::doNotEmail, Boolean[]::new))
				.param("dnc", column(batch, Contact::doNotCall, Boolean[]::new))
				.param("moo", column(batch, Contact::mobileOptOut, Boolean[]::new))
				.param("moi", column(batch, Contact::marketingOptIn, Boolean[]::new))
				.param("billing", column(batch, Contact::billingContact, Boolean[]::new))
				.param("tags", column(batch, c -> json.writeValueAsString(c.tags()), String[]::new))
				.param("archived", column(batch, c -> c.archivedAt() == null ? null : Timestamp.from(c.archivedAt()),
						Timestamp[]::new))
				.param("since", column(batch, c -> Timestamp.from(c.accountSince()), Timestamp[]::new))
				.param("created", column(batch, c -> Timestamp.from(c.createdAt()), Timestamp[]::new))
				.param("updated", column(batch, c -> Timestamp.from(c.updatedAt()), Timestamp[]::new))
				.param("secondEmail", column(batch, Contact::secondEmail, String[]::new))
				.param("secondLabel", column(batch, c -> c.secondEmailLabel() == null ? null : c.secondEmailLabel().name(),
						String[]::new))
				.param("addresses", column(batch, c -> ContactRows.addressesJson(c.addresses()), String[]::new))
				.param("custom", column(batch, c -> CustomValuesJson.write(c.customFields()), String[]::new)).update();
		children(batch);
	}

	private void children(List<Contact> batch) {
		List<UUID> phoneOwners = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		List<Phone> phones = new ArrayList<>();
		List<UUID> siteOwners = new ArrayList<>();
		List<UUID> sites = new ArrayList<>();
		for (Contact c : batch) {
			for (int i = 0; i < c.phones().size(); i++) {
				phoneOwners.add(c.id());
				positions.add(i);
				phones.add(c.phones().get(i));
			}
			for (UUID site : c.siteIds()) {
				siteOwners.add(c.id());
				sites.add(site);
			}
		}
		if (!phones.isEmpty()) {
			jdbc.sql("""
					INSERT INTO contact_phone (contact_id, position, type, number, e164)
					SELECT * FROM unnest(CAST(:c AS uuid[]), CAST(:p AS integer[]), CAST(:t AS text[]), CAST(:n AS text[]),
					    CAST(:e AS text[]))
					""").param("c", phoneOwners.toArray(UUID[]::new)).param("p", positions.toArray(Integer[]::new))
					.param("t", phones.stream().map(p -> p.type().name()).toArray(String[]::new))
					.param("n", phones.stream().map(Phone::number).toArray(String[]::new))
					.param("e", phones.stream().map(Phone::e164).toArray(String[]::new)).update();
		}
		if (!sites.isEmpty()) {
			jdbc.sql("INSERT INTO contact_site (contact_id, site_id) SELECT * FROM unnest(CAST(:c AS uuid[]), CAST(:s AS uuid[]))")
					.param("c", siteOwners.toArray(UUID[]::new)).param("s", sites.toArray(UUID[]::new)).update();
		}
	}

	/**
	 * Which of the (account, email) pairs, by their index, a contact of that account already has:
	 * the exact check of a single create ({@link Contacts#emailTaken}), which the duplicate
	 * evidence (at most 20 contacts per email) cannot stand in for.
	 */
	Set<Integer> emailsTaken(List<Integer> index, List<UUID> accounts, List<String> emails) {
		if (index.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("""
				SELECT p.i FROM unnest(CAST(:i AS integer[]), CAST(:a AS uuid[]), CAST(:e AS text[])) AS p(i, a, e)
				WHERE EXISTS (SELECT 1 FROM contact c WHERE c.account_id = p.a AND lower(c.email) = lower(p.e))
				""").param("i", index.toArray(Integer[]::new)).param("a", accounts.toArray(UUID[]::new))
				.param("e", emails.toArray(String[]::new)).query(Integer.class).list());
	}

	/** The accounts among these that have an active primary contact. */
	Set<UUID> withPrimary(Collection<UUID> accountIds) {
		return Set.copyOf(jdbc.sql("""
				SELECT DISTINCT account_id FROM contact
				WHERE account_id = ANY(CAST(:a AS uuid[])) AND is_primary AND archived_at IS NULL
				""").param("a", accountIds.toArray(UUID[]::new)).query(UUID.class).list());
	}

	/** The stored version of each contact. */
	Map<UUID, Long> versions(Collection<UUID> ids) {
		return jdbc.sql("SELECT id, version FROM contact WHERE id = ANY(CAST(:ids AS uuid[]))")
				.param("ids", ids.toArray(UUID[]::new))
				.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getLong("version"))).list().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static <T> T[] column(List<Contact> batch, Function<Contact, ? extends Object> value,
			java.util.function.IntFunction<T[]> array) {
		@SuppressWarnings("unchecked")
		T[] column = batch.stream().map(c -> (T) value.apply(c)).toArray(array);
		return column;
	}
}
