package app.clientele.contacts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import app.clientele.accounts.AccountClassManagement;
import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldManagement;
import app.clientele.fields.CustomFieldRules;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A {@link ContactFilter} as SQL: conditions on {@code contact c} and the values they bind, one
 * case per {@link ContactFilterKind}. Other modules' facts are read through what they publish:
 * the portal's {@code portal_contact_standing} and marketing's {@code marketing_unsubscribed}
 * views, the accounts of a class from {@link AccountClassManagement}.
 * <p>
 * Yes-or-no filters are written as literals, not bound: PostgreSQL uses a partial index (V77's
 * name orders of the few archived, emailless, do-not-email and do-not-call contacts) only for a
 * condition it can see in the statement.
 */
@Component
class ContactFilterSql {

	/** The conditions, each starting with {@code AND}, and the values of their parameters. */
	record Conditions(String sql, Map<String, Object> params) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			for (Map.Entry<String, Object> p : params.entrySet()) {
				statement = statement.param(p.getKey(), p.getValue());
			}
			return statement;
		}
	}

	private static final String STANDING = "SELECT 1 FROM portal_contact_standing p WHERE p.contact_id = c.id";

	/**
	 * Up to this many contacts that another module's facts pick (unsubscribed, in a portal status,
	 * signed in within a range) are named by id: a primary-key lookup each, then sorted. More are
	 * common enough for a walk of the name order that checks each contact to stop early. Left to
	 * itself PostgreSQL walks either way, which reads every contact when the facts pick few or
	 * none (the benchmark's {@code unsubscribed=true}: a second at 100,000 contacts).
	 */
	static final int FEW = 5000;

	private final JdbcClient jdbc;

	/** The ids of the accounts of a class. */
	private final Function<UUID, List<UUID>> accountsOfClass;

	/** {@link #FEW}, or another limit for tests that compare the two ways. */
	private final int few;

	/** Null only in tests and plans that filter on no custom field. */
	private final @Nullable CustomFieldManagement fields;

	@Autowired
	ContactFilterSql(JdbcClient jdbc, AccountClassManagement classes, CustomFieldManagement fields) {
		this(jdbc, classes::accountIds, FEW, fields);
	}

	ContactFilterSql(JdbcClient jdbc, Function<UUID, List<UUID>> accountsOfClass, int few) {
		this(jdbc, accountsOfClass, few, null);
	}

	ContactFilterSql(JdbcClient jdbc, Function<UUID, List<UUID>> accountsOfClass, int few,
			@Nullable CustomFieldManagement fields) {
		this.fields = fields;
		this.jdbc = jdbc;
		this.accountsOfClass = accountsOfClass;
		this.few = few;
	}

	/** Every condition of {@code filter} but the search term, which the search writes itself. */
	Conditions of(ContactFilter filter) {
		return conditions(filter, true);
	}

	/** The conditions besides the archive mark, for reads that check that mark on rows of their own. */
	Conditions beyondArchive(ContactFilter filter) {
		return conditions(filter, false);
	}

	private Conditions conditions(ContactFilter filter, boolean archive) {
		StringBuilder sql = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		if (filter.accountId() != null) {
			sql.append(bind(params, "f_account", filter.accountId(), " AND c.account_id = :%s"));
		}
		filter.values().forEach((kind, values) -> {
			if (archive || kind != ContactFilterKind.ARCHIVED) {
				sql.append(condition(kind, values, filter, params));
			}
		});
		for (CustomFieldFilter.Condition c : custom(filter).conditions()) {
			sql.append(" AND ").append(c.sql());
			params.putAll(c.params());
		}
		return new Conditions(sql.toString(), params);
	}

	/** The custom-field filters, checked against the live fields (a bad one is a 400 naming its parameter). */
	CustomFieldFilter custom(ContactFilter filter) {
		if (filter.custom().isEmpty()) {
			return CustomFieldFilter.none();
		}
		return CustomFieldFilter.of(filter.custom(),
				fields == null ? CustomFieldRules.none() : fields.rules(CustomFieldEntity.CONTACT));
	}

	private String condition(ContactFilterKind kind, List<String> values, ContactFilter filter, Map<String, Object> params) {
		String name = "f_" + kind.param();
		String one = values.getFirst();
		return switch (kind) {
			case ARCHIVED -> switch (one) {
				case "false" -> " AND c.archived_at IS NULL";
				case "true" -> " AND c.archived_at IS NOT NULL";
				default -> "";
			};
			case STAGE -> bind(params, name, values, " AND c.stage IN (:%s)");
			case TAG -> bind(params, name, values.toArray(String[]::new),
					"ALL".equals(filter.value(ContactFilterKind.TAG_MODE)) ? " AND c.tags @> CAST(:%s AS text[])"
							: " AND c.tags && CAST(:%s AS text[])");
			case TAG_MODE -> "";
			case PORTAL_STATUS -> portalStatus(values, name, params);
			case ACCOUNT_CLASS -> bind(params, name, accountsOfClass.apply(uuid(kind, one)).stream().map(UUID::toString)
					.toArray(String[]::new), " AND c.account_id = ANY (CAST(:%s AS uuid[]))");
			case SITE -> bind(params, name, uuid(kind, one),
					" AND EXISTS (SELECT 1 FROM contact_site s WHERE s.contact_id = c.id AND s.site_id = :%s)");
			case HAS_EMAIL -> yes(one) ? " AND c.email IS NOT NULL" : " AND c.email IS NULL";
			case HAS_PHONE -> (yes(one) ? " AND " : " AND NOT ") + "EXISTS (SELECT 1 FROM contact_phone ph WHERE ph.contact_id = c.id)";
			case DO_NOT_EMAIL -> yes(one) ? " AND c.do_not_email" : " AND NOT c.do_not_email";
			case DO_NOT_CALL -> yes(one) ? " AND c.do_not_call" : " AND NOT c.do_not_call";
			case MARKETING_OPT_IN -> yes(one) ? " AND c.marketing_opt_in" : " AND NOT c.marketing_opt_in";
			case UNSUBSCRIBED, LAST_SIGN_IN_FROM, LAST_SIGN_IN_TO -> elsewhere(kind, one, name, params);
			case CREATED_FROM -> bind(params, name, at(kind, one), " AND c.created_at >= :%s");
			case CREATED_TO -> bind(params, name, at(kind, one), " AND c.created_at < :%s");
			case UPDATED_FROM -> bind(params, name, at(kind, one), " AND c.updated_at >= :%s");
			case UPDATED_TO -> bind(params, name, at(kind, one), " AND c.updated_at < :%s");
		};
	}

	/** The facts of other modules that pick few contacts, as a rule: unsubscribed, signed in within a range. */
	private String elsewhere(ContactFilterKind kind, String one, String name, Map<String, Object> params) {
		if (kind == ContactFilterKind.UNSUBSCRIBED) {
			String exists = "EXISTS (SELECT 1 FROM marketing_unsubscribed u WHERE u.contact_id = c.id)";
			return yes(one) ? fewOrWalk(params, name, "SELECT contact_id FROM marketing_unsubscribed", Map.of(),
					() -> " AND " + exists) : " AND NOT " + exists;
		}
		String compare = kind == ContactFilterKind.LAST_SIGN_IN_FROM ? ">=" : "<";
		OffsetDateTime at = at(kind, one);
		return fewOrWalk(params, name, "SELECT contact_id FROM portal_contact_standing WHERE last_sign_in_at " + compare
				+ " :at", Map.of("at", at),
				() -> bind(params, name, at, " AND EXISTS (" + STANDING + " AND p.last_sign_in_at " + compare + " :%s)"));
	}

	/**
	 * A contact without a portal access is NOT_INVITED, as is one whose access says so; the other
	 * statuses are those of its access.
	 */
	private String portalStatus(List<String> statuses, String name, Map<String, Object> params) {
		List<String> others = statuses.stream().filter(s -> !s.equals(ContactPortalStatus.NOT_INVITED)).toList();
		String notInvited = statuses.contains(ContactPortalStatus.NOT_INVITED)
				? "NOT EXISTS (" + STANDING + " AND p.status <> '" + ContactPortalStatus.NOT_INVITED + "')" : null;
		if (notInvited == null) {
			return fewOrWalk(params, name, "SELECT contact_id FROM portal_contact_standing WHERE status IN (:statuses)",
					Map.of("statuses", others),
					() -> bind(params, name, others, " AND EXISTS (" + STANDING + " AND p.status IN (:%s))"));
		}
		String invited = others.isEmpty() ? null : bind(params, name, others, "EXISTS (" + STANDING + " AND p.status IN (:%s))");
		return " AND (" + (invited == null ? notInvited : notInvited + " OR " + invited) + ")";
	}

	/**
	 * The contacts {@code idsSql} picks, named by id when they are {@link #FEW}; otherwise
	 * {@code walk}, the condition checked on each contact of the name order.
	 */
	private String fewOrWalk(Map<String, Object> params, String name, String idsSql, Map<String, Object> idsParams,
			Supplier<String> walk) {
		List<UUID> ids = jdbc.sql(idsSql + " LIMIT " + (few + 1)).params(idsParams).query(UUID.class).list();
		if (ids.size() > few) {
			return walk.get();
		}
		return bind(params, name, ids.stream().map(UUID::toString).toArray(String[]::new),
				" AND c.id = ANY (CAST(:%s AS uuid[]))");
	}

	private static String bind(Map<String, Object> params, String name, Object value, String sql) {
		params.put(name, value);
		return sql.formatted(name);
	}

	private static boolean yes(String value) {
		return Boolean.parseBoolean(value);
	}

	private static UUID uuid(ContactFilterKind kind, String value) {
		return (UUID) kind.parse(value);
	}

	private static OffsetDateTime at(ContactFilterKind kind, String value) {
		return ((Instant) kind.parse(value)).atOffset(ZoneOffset.UTC);
	}
}
