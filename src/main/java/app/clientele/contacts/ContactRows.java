package app.clientele.contacts;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.clientele.fields.CustomValuesJson;
import app.clientele.platform.PostalAddress;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** A contact as read from the database: the columns every read selects and the row they make. */
final class ContactRows {

	/**
	 * The contact row with its phones and site links, in one statement: a read by id is one round
	 * trip. Each phone comes as "TYPE E164 number" (neither type nor E.164 has a space).
	 */
	static final String COLUMNS = """
			c.id, c.account_id, c.first_name, c.middle_name, c.last_name, c.job_title, c.business_roles, c.stage,
			c.email, c.birthday, c.notes, c.preferred_channel, c.do_not_email, c.do_not_call, c.mobile_opt_out,
			c.marketing_opt_in, c.is_primary, c.billing_contact, c.tags, c.archived_at, c.account_since, c.version,
			c.created_at, c.updated_at, c.second_email, c.second_email_label, c.addresses, c.custom_fields,
			ARRAY(SELECT p.type || ' ' || p.e164 || ' ' || p.number FROM contact_phone p
			      WHERE p.contact_id = c.id ORDER BY p.position) AS phones,
			ARRAY(SELECT s.site_id FROM contact_site s WHERE s.contact_id = c.id) AS site_ids""";

	private ContactRows() {
	}

	static Contact row(ResultSet rs, int n) throws SQLException {
		Timestamp archived = rs.getTimestamp("archived_at");
		Date birthday = rs.getDate("birthday");
		String stage = rs.getString("stage");
		String label = rs.getString("second_email_label");
		Set<BusinessRole> roles = EnumSet.noneOf(BusinessRole.class);
		for (String r : strings(rs.getArray("business_roles"))) {
			roles.add(BusinessRole.valueOf(r));
		}
		return new Contact(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getString("first_name"), rs.getString("middle_name"), rs.getString("last_name"),
				rs.getString("job_title"), roles, stage == null ? null : Stage.valueOf(stage), rs.getString("email"),
				phones(rs.getArray("phones")), birthday == null ? null : birthday.toLocalDate(), rs.getString("notes"),
				PreferredChannel.valueOf(rs.getString("preferred_channel")), rs.getBoolean("do_not_email"),
				rs.getBoolean("do_not_call"), rs.getBoolean("mobile_opt_out"), rs.getBoolean("marketing_opt_in"),
				rs.getBoolean("is_primary"), rs.getBoolean("billing_contact"), sites(rs.getArray("site_ids")),
				strings(rs.getArray("tags")), archived == null ? null : archived.toInstant(),
				rs.getTimestamp("account_since").toInstant(), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getString("second_email"), label == null ? null : EmailLabel.valueOf(label),
				addresses(rs.getString("addresses")), CustomValuesJson.read(rs.getString("custom_fields")));
	}

	/** The addresses as the jsonb column keeps them. */
	static String addressesJson(List<PostalAddress> addresses) {
		return JsonMapper.shared().writeValueAsString(addresses);
	}

	static List<PostalAddress> addresses(@Nullable String json) {
		return json == null ? List.of() : List.of(JsonMapper.shared().readValue(json, PostalAddress[].class));
	}

	private static List<Phone> phones(@Nullable Array array) throws SQLException {
		List<Phone> phones = new ArrayList<>();
		for (String phone : strings(array)) {
			String[] parts = phone.split(" ", 3);
			phones.add(new Phone(PhoneType.valueOf(parts[0]), parts[2], parts[1]));
		}
		return List.copyOf(phones);
	}

	private static Set<UUID> sites(@Nullable Array array) throws SQLException {
		if (array == null) {
			return Set.of();
		}
		Set<UUID> sites = new HashSet<>();
		for (Object o : (Object[]) array.getArray()) {
			sites.add((UUID) o);
		}
		return Set.copyOf(sites);
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (Object o : (Object[]) array.getArray()) {
			values.add((String) o);
		}
		return List.copyOf(values);
	}
}
