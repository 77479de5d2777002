package app.clientele.notifications;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.contacts.ContactManagement;
import app.clientele.platform.Actor;
import app.clientele.staff.NotificationTopic;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact's email notification topics. Only what a contact (or staff) changed is stored, as
 * topics switched on and off against the defaults of the settings: a topic never touched follows
 * the defaults, even when they change later.
 */
@Service
public class NotificationPreferences {

	private final JdbcClient jdbc;
	private final SettingsManagement settings;
	private final ContactManagement contacts;
	private final ApplicationEventPublisher events;

	NotificationPreferences(JdbcClient jdbc, SettingsManagement settings, ContactManagement contacts,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.contacts = contacts;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Map<NotificationTopic, Boolean> topics(UUID contactId) {
		contacts.get(contactId);
		return effective(contactId, settings.get().defaultNotificationTopics(), overrides(Set.of(contactId)).get(contactId));
	}

	/** The topics switched on, for many contacts at once. */
	@Transactional(readOnly = true)
	public Map<UUID, Set<NotificationTopic>> enabledTopics(Collection<UUID> contactIds) {
		Set<NotificationTopic> defaults = settings.get().defaultNotificationTopics();
		Map<UUID, Override> overrides = overrides(contactIds);
		Map<UUID, Set<NotificationTopic>> result = new HashMap<>();
		for (UUID id : contactIds) {
			Set<NotificationTopic> on = EnumSet.noneOf(NotificationTopic.class);
			effective(id, defaults, overrides.get(id)).forEach((t, enabled) -> {
				if (enabled) {
					on.add(t);
				}
			});
			result.put(id, on);
		}
		return result;
	}

	/** Changes the named topics; the others keep their value. */
	@Transactional
	public Map<NotificationTopic, Boolean> update(UUID contactId, Map<NotificationTopic, Boolean> changes) {
		contacts.get(contactId);
		Override current = overrides(Set.of(contactId)).get(contactId);
		Set<NotificationTopic> on = current == null ? EnumSet.noneOf(NotificationTopic.class) : copy(current.on());
		Set<NotificationTopic> off = current == null ? EnumSet.noneOf(NotificationTopic.class) : copy(current.off());
		changes.forEach((topic, enabled) -> {
			if (enabled) {
				on.add(topic);
				off.remove(topic);
			}
			else {
				off.add(topic);
				on.remove(topic);
			}
		});
		jdbc.sql("""
				INSERT INTO notification_topics (contact_id, enabled, disabled) VALUES (:c, :on, :off)
				ON CONFLICT (contact_id) DO UPDATE SET enabled = :on, disabled = :off,
				    version = notification_topics.version + 1, updated_at = now()
				""").param("c", contactId).param("on", names(on)).param("off", names(off)).update();
		events.publishEvent(new NotificationTopicsChanged(contactId, Map.copyOf(changes), Actor.current()));
		return topics(contactId);
	}

	private record Override(Set<NotificationTopic> on, Set<NotificationTopic> off) {
	}

	private static Map<NotificationTopic, Boolean> effective(UUID contactId, Set<NotificationTopic> defaults,
			@Nullable Override override) {
		Map<NotificationTopic, Boolean> topics = new EnumMap<>(NotificationTopic.class);
		for (NotificationTopic t : NotificationTopic.values()) {
			boolean on = defaults.contains(t);
			if (override != null && override.on().contains(t)) {
				on = true;
			}
			if (override != null && override.off().contains(t)) {
				on = false;
			}
			topics.put(t, on);
		}
		return topics;
	}

	private Map<UUID, Override> overrides(Collection<UUID> contactIds) {
		Map<UUID, Override> overrides = new HashMap<>();
		if (contactIds.isEmpty()) {
			return overrides;
		}
		jdbc.sql("SELECT contact_id, enabled, disabled FROM notification_topics WHERE contact_id IN (:ids)")
				.param("ids", contactIds)
				.query((rs, n) -> Map.entry(rs.getObject("contact_id", UUID.class),
						new Override(topics(rs.getArray("enabled")), topics(rs.getArray("disabled")))))
				.list().forEach(e -> overrides.put(e.getKey(), e.getValue()));
		return overrides;
	}

	private static Set<NotificationTopic> topics(Array array) throws SQLException {
		Set<NotificationTopic> set = EnumSet.noneOf(NotificationTopic.class);
		for (Object o : (Object[]) array.getArray()) {
			set.add(NotificationTopic.valueOf((String) o));
		}
		return set;
	}

	private static Set<NotificationTopic> copy(Set<NotificationTopic> s) {
		return s.isEmpty() ? EnumSet.noneOf(NotificationTopic.class) : EnumSet.copyOf(s);
	}

	private static String[] names(Set<NotificationTopic> topics) {
		return topics.stream().map(Enum::name).sorted().toArray(String[]::new);
	}
}
