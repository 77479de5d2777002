package app.clientele.audit;

import java.util.Map;

import app.clientele.accounts.AccountClassChanged;
import app.clientele.accounts.AccountClassCreated;
import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldChanged;
import app.clientele.fields.CustomFieldDefined;
import app.clientele.fields.CustomFieldDeleted;
import app.clientele.mail.EmailTemplateChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** How Clientele is set up: account classes, email templates and custom fields. */
@Component
class SetupAudit {

	private final AuditTrail trail;
	private final BeforeAfter beforeAfter;

	SetupAudit(AuditTrail trail, BeforeAfter beforeAfter) {
		this.trail = trail;
		this.beforeAfter = beforeAfter;
	}

	@EventListener
	void on(AccountClassCreated event) {
		trail.record(event.actor(), AuditAction.ACCOUNT_CLASS_CREATED,
				AuditTarget.of("account-class", event.classId(), event.details().name()),
				beforeAfter.fields(event.details()));
	}

	@EventListener
	void on(AccountClassChanged event) {
		trail.record(event.actor(), AuditAction.ACCOUNT_CLASS_CHANGED,
				AuditTarget.of("account-class", event.classId(), event.after().name()),
				beforeAfter.changes(event.before(), event.after()));
	}

	@EventListener
	void on(CustomFieldDefined event) {
		trail.record(event.actor(), AuditAction.CUSTOM_FIELD_DEFINED, target(event.field()),
				beforeAfter.fields(event.field()));
	}

	@EventListener
	void on(CustomFieldChanged event) {
		trail.record(event.actor(), AuditAction.CUSTOM_FIELD_CHANGED, target(event.field()),
				beforeAfter.changes(event.before(), event.field()));
	}

	@EventListener
	void on(CustomFieldDeleted event) {
		trail.record(event.actor(), AuditAction.CUSTOM_FIELD_DELETED, target(event.field()), Map.of());
	}

	private static AuditTarget target(CustomField field) {
		return AuditTarget.of("custom-field", field.id(), field.entity().name().toLowerCase(java.util.Locale.ROOT) + "."
				+ field.key());
	}

	/** Before and after of what the ADMIN edits; whether it was the built-in default before says {@code customised}. */
	@EventListener
	void on(EmailTemplateChanged event) {
		Map<String, Object> changes = beforeAfter.changes(event.before(), event.after());
		trail.record(event.actor(), AuditAction.EMAIL_TEMPLATE_CHANGED,
				AuditTarget.of("email-template", event.after().key().name(), event.after().key().name()), changes);
	}
}
