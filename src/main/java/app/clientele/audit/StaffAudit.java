package app.clientele.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import app.clientele.platform.Actor;
import app.clientele.staff.SettingsChanged;
import app.clientele.staff.StaffCreated;
import app.clientele.staff.StaffEnabledChanged;
import app.clientele.staff.StaffMember;
import app.clientele.staff.StaffSignInFailed;
import app.clientele.staff.StaffSignedIn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Staff sign-ins (and refusals), staff users and the settings. */
@Component
class StaffAudit {

	static final String UNKNOWN = "UNKNOWN";

	private final AuditTrail trail;
	private final BeforeAfter beforeAfter;

	StaffAudit(AuditTrail trail, BeforeAfter beforeAfter) {
		this.trail = trail;
		this.beforeAfter = beforeAfter;
	}

	@EventListener
	void on(StaffSignedIn event) {
		trail.record(event.staff().kind().name(), event.staff().id(), event.staff().name(), AuditAction.STAFF_SIGNED_IN,
				AuditTarget.of("staff", event.staff().id(), event.email()), Map.of("via", event.via().name()),
				event.address());
	}

	/** The actor of a refused sign-in is whoever typed the email: unknown, named by what they typed. */
	@EventListener
	void on(StaffSignInFailed event) {
		trail.record(UNKNOWN, null, event.email(), AuditAction.STAFF_SIGN_IN_FAILED,
				event.staffId() == null ? null : AuditTarget.of("staff", event.staffId(), event.email()),
				Map.of("via", event.via().name(), "reason", event.reason().name(), "email", event.email()),
				event.address());
	}

	@EventListener
	void on(StaffCreated event) {
		StaffMember m = event.member();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("email", m.email());
		details.put("name", m.name());
		details.put("roles", m.roles().stream().map(Enum::name).sorted().toList());
		trail.record(event.actor(), AuditAction.STAFF_CREATED, AuditTarget.of("staff", m.id(), m.name()), details);
	}

	@EventListener
	void on(StaffEnabledChanged event) {
		StaffMember m = event.member();
		trail.record(event.actor(), event.enabled() ? AuditAction.STAFF_ENABLED : AuditAction.STAFF_DISABLED,
				AuditTarget.of("staff", m.id(), m.name()),
				Map.of("enabled", Map.of("before", !event.enabled(), "after", event.enabled())));
	}

	@EventListener
	void on(SettingsChanged event) {
		trail.record(Actor.current(), AuditAction.SETTINGS_CHANGED,
				AuditTarget.of("settings", null, "Settings"), beforeAfter.changes(event.before(), event.after()));
	}
}
