package app.clientele.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import app.clientele.platform.Actor;
import app.clientele.platform.Ids;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries. The database does the rest (V85): the next seq, the time, the hashes, one
 * appender at a time. Joins the action's transaction; an action without one (a sign-in) gets
 * its own, so the entry is committed either way.
 */
@Component
class AuditTrail {

	/** Detail keys that could carry a secret are never written, whoever passes them. */
	private static final Pattern SECRET = Pattern.compile("(?i).*(password|token|secret|credential|hash).*");
	static final int MAX_TEXT = 320;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional
	void record(Actor actor, AuditAction action, @Nullable AuditTarget target, Map<String, ?> details) {
		append(actor.kind().name(), actor.id(), actor.name(), action, target, details, requestAddress());
	}

	/** An entry whose actor and address the event names itself (a sign-in, before anyone is signed in). */
	@Transactional
	void record(String actorKind, @Nullable UUID actorId, String actorName, AuditAction action,
			@Nullable AuditTarget target, Map<String, ?> details, @Nullable String ip) {
		append(actorKind, actorId, actorName, action, target, details, ip != null ? ip : requestAddress());
	}

	private void append(String actorKind, @Nullable UUID actorId, String actorName, AuditAction action,
			@Nullable AuditTarget target, Map<String, ?> details, @Nullable String ip) {
		jdbc.sql("""
				INSERT INTO audit_entry (id, actor_kind, actor_id, actor_name, action, target_type, target_id,
				                         target_label, ip, details)
				VALUES (:id, :actorKind, :actorId, :actorName, :action, :targetType, :targetId, :targetLabel, :ip,
				        CAST(:details AS jsonb))
				""")
				.param("id", Ids.newId()).param("actorKind", actorKind).param("actorId", actorId)
				.param("actorName", clip(actorName)).param("action", action.name())
				.param("targetType", target == null ? null : target.type())
				.param("targetId", target == null ? null : target.id())
				.param("targetLabel", target == null ? null : clip(target.label()))
				.param("ip", clip(ip)).param("details", json.writeValueAsString(withoutSecrets(details)))
				.update();
	}

	/** The details without keys that could hold a secret, and without NULs (which jsonb refuses). */
	static Map<String, Object> withoutSecrets(Map<?, ?> details) {
		Map<String, Object> kept = new LinkedHashMap<>();
		details.forEach((key, value) -> {
			String name = String.valueOf(key).replace('\0', ' ');
			if (!SECRET.matcher(name).matches()) {
				kept.put(name, clean(value));
			}
		});
		return kept;
	}

	private static @Nullable Object clean(@Nullable Object value) {
		return switch (value) {
			case null -> null;
			case Map<?, ?> nested -> withoutSecrets(nested);
			case Collection<?> items -> items.stream().map(AuditTrail::clean).toList();
			case String text -> text.replace('\0', ' ');
			default -> value;
		};
	}

	/** The caller's address as the servlet container saw it (after a trusted proxy's forwarded headers, when configured). */
	private static @Nullable String requestAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static @Nullable String clip(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String clean = text.replaceAll("\\p{Cntrl}", " ");
		return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
	}
}
