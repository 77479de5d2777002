package app.clientele.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import app.clientele.platform.FieldConstraints;
import app.clientele.platform.IfMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads and changes the settings of this Clientele. Settings are read on most requests (the
 * phone region of every duplicate check, several times per contact created) and change rarely:
 * a read is remembered for {@link #REMEMBERED}. A change is seen at once on this node (the
 * transaction that makes it reads its own, and the remembered copy is dropped at its commit) and
 * within {@link #REMEMBERED} on the others.
 */
@Service
public class SettingsManagement {

	static final Duration REMEMBERED = Duration.ofSeconds(1);

	/** Bound to a transaction that changes the settings: it reads them afresh and remembers nothing. */
	private static final Object CHANGING = new Object();

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final FieldConstraints constraints;
	private volatile @Nullable Remembered remembered;

	private record Remembered(Settings settings, long untilNanos) {
	}

	SettingsManagement(JdbcClient jdbc, ApplicationEventPublisher events, FieldConstraints constraints) {
		this.jdbc = jdbc;
		this.events = events;
		this.constraints = constraints;
	}

	/** The current settings (one statement, so no transaction of its own). */
	public Settings get() {
		if (TransactionSynchronizationManager.hasResource(CHANGING)) {
			return read();
		}
		long now = System.nanoTime();
		Remembered known = remembered;
		if (known != null && now - known.untilNanos() < 0) {
			return known.settings();
		}
		Settings current = read();
		remembered = new Remembered(current, now + REMEMBERED.toNanos());
		return current;
	}

	private Settings read() {
		return jdbc.sql("SELECT * FROM settings WHERE id = 1").query(SettingsManagement::row).single();
	}

	/** Replaces the settings with {@code changed}, if {@code ifMatch} still names the current version. */
	@Transactional
	public Settings update(Settings changed, IfMatch ifMatch) {
		forgetUntilTheEndOfThisTransaction();
		Settings current = get();
		ifMatch.check("The settings", current.version());
		constraints.valid(changed);
		int updated = jdbc.sql("""
				UPDATE settings SET company_name = :companyName, company_first = :companyFirst,
				    welcome_email_enabled = :welcome, request_login_enabled = :requestLogin,
				    notify_only_portal_users = :notifyOnlyPortal, invitation_ttl_hours = :invitationTtl,
				    password_reset_ttl_hours = :resetTtl,
				    default_portal_permissions = string_to_array(:permissions, ','),
				    default_notification_topics = string_to_array(:topics, ','),
				    default_phone_region = :region, version = version + 1, updated_at = now()
				WHERE id = 1 AND version = :version
				""")
				.param("companyName", changed.companyName().strip())
				.param("companyFirst", changed.companyFirst())
				.param("welcome", changed.welcomeEmailEnabled())
				.param("requestLogin", changed.requestLoginEnabled())
				.param("notifyOnlyPortal", changed.notifyOnlyPortalUsers())
				.param("invitationTtl", changed.invitationTtlHours())
				.param("resetTtl", changed.passwordResetTtlHours())
				.param("permissions", csv(changed.defaultPortalPermissions()))
				.param("topics", csv(changed.defaultNotificationTopics()))
				.param("region", changed.defaultPhoneRegion().toUpperCase(java.util.Locale.ROOT))
				.param("version", current.version())
				.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("settings changed concurrently");
		}
		Settings result = get();
		events.publishEvent(new SettingsChanged(current, result));
		return result;
	}

	/** The remembered settings are not read while this transaction changes them, nor after it. */
	private void forgetUntilTheEndOfThisTransaction() {
		if (!TransactionSynchronizationManager.hasResource(CHANGING)) {
			TransactionSynchronizationManager.bindResource(CHANGING, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CHANGING);
					remembered = null;
				}
			});
		}
		remembered = null;
	}

	private static String csv(Set<? extends Enum<?>> values) {
		return String.join(",", values.stream().map(Enum::name).sorted().toList());
	}

	private static Settings row(ResultSet rs, int n) throws SQLException {
		return new Settings(rs.getString("company_name"), rs.getBoolean("company_first"),
				rs.getBoolean("welcome_email_enabled"), rs.getBoolean("request_login_enabled"),
				rs.getBoolean("notify_only_portal_users"), rs.getInt("invitation_ttl_hours"),
				rs.getInt("password_reset_ttl_hours"),
				enums(rs.getArray("default_portal_permissions"), PortalPermission.class, PortalPermission::valueOf),
				enums(rs.getArray("default_notification_topics"), NotificationTopic.class, NotificationTopic::valueOf),
				rs.getString("default_phone_region"), rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
	}

	private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type, Function<String, E> parse)
			throws SQLException {
		Set<E> values = EnumSet.noneOf(type);
		for (Object o : (Object[]) array.getArray()) {
			if (o != null && !((String) o).isEmpty()) {
				values.add(parse.apply((String) o));
			}
		}
		return values;
	}
}
