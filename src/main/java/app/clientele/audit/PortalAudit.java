package app.clientele.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import app.clientele.mail.CredentialLinkShownInMailbox;
import app.clientele.portal.PortalImpersonationLinkIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Staff seeing what only a contact should: the portal as the contact (who, whom, why, when, how
 * long the link works) and a live credential link read in the Mailbox (never the link itself).
 */
@Component
class PortalAudit {

	private final AuditTrail trail;

	PortalAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(PortalImpersonationLinkIssued event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", event.reason());
		details.put("expiresAt", event.expiresAt().toString());
		details.put("validForSeconds", Math.max(0, Duration.between(Instant.now(), event.expiresAt()).toSeconds()));
		trail.record(event.actor(), AuditAction.PORTAL_IMPERSONATION_STARTED,
				AuditTarget.of("contact", event.contactId(), null), details);
	}

	@EventListener
	void on(CredentialLinkShownInMailbox event) {
		trail.record(event.viewer(), AuditAction.CREDENTIAL_LINK_SHOWN_IN_MAILBOX,
				AuditTarget.of("contact", event.contactId(), null),
				Map.of("emailId", event.emailId().toString(), "purpose", event.purpose()));
	}
}
