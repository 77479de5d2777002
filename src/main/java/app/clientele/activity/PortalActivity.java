package app.clientele.activity;

import java.util.LinkedHashMap;
import java.util.Map;

import app.clientele.platform.Actor;
import app.clientele.portal.LoginRequestApproved;
import app.clientele.portal.PortalAccessChanged;
import app.clientele.portal.PortalActivated;
import app.clientele.portal.PortalImpersonated;
import app.clientele.portal.PortalImpersonationLinkIssued;
import app.clientele.portal.PortalInvited;
import app.clientele.portal.PortalLoginEmailChanged;
import app.clientele.portal.PortalPasswordChanged;
import app.clientele.portal.PortalPasswordResetRequested;
import app.clientele.portal.PortalRequestRefused;
import app.clientele.portal.PortalRevoked;
import app.clientele.portal.PortalScopeReset;
import app.clientele.portal.PortalSelfRegistered;
import app.clientele.portal.PortalSetPasswordSent;
import app.clientele.portal.PortalSignInThrottled;
import app.clientele.portal.PortalSignedIn;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts a contact's portal access on its timeline: grants, invitations, passwords, sign-ins,
 * impersonation, requests refused. Plain listeners, in the transaction of the portal change
 * itself: a change that rolls back leaves no entry. (A throttled sign-in is published outside
 * any transaction, and written at once.)
 */
@Component
class PortalActivity {

	private final ActivityLog log;

	PortalActivity(ActivityLog log) {
		this.log = log;
	}

	@EventListener
	void on(PortalAccessChanged event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("permissions", event.permissions().stream().map(Enum::name).sorted().toList());
		details.put("allSites", event.allSites());
		log.record(event.contactId(), "PORTAL_ACCESS_CHANGED", details, event.actor());
	}

	@EventListener
	void on(PortalInvited event) {
		String type = switch (event.occasion()) {
			case FIRST -> "PORTAL_INVITED";
			case RESENT -> "PORTAL_INVITATION_RESENT";
			case ON_REQUEST -> "PORTAL_INVITATION_REQUESTED";
		};
		log.record(event.contactId(), type, Map.of("email", event.email()), event.actor());
	}

	@EventListener
	void on(PortalSetPasswordSent event) {
		log.record(event.contactId(), "PORTAL_SET_PASSWORD_SENT", Map.of("email", event.email()), event.actor());
	}

	@EventListener
	void on(PortalRevoked event) {
		log.record(event.contactId(), "PORTAL_REVOKED",
				event.reason() == null ? Map.of() : Map.of("reason", event.reason()), event.actor());
	}

	@EventListener
	void on(PortalImpersonationLinkIssued event) {
		log.record(event.contactId(), "PORTAL_IMPERSONATION_LINK",
				Map.of("reason", event.reason(), "staff", event.staffName()), event.actor());
	}

	@EventListener
	void on(PortalImpersonated event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", event.reason());
		details.put("staff", event.staffName());
		log.record(event.contactId(), "PORTAL_IMPERSONATED", details, event.actor());
	}

	@EventListener
	void on(PortalLoginEmailChanged event) {
		log.record(event.contactId(), "PORTAL_LOGIN_EMAIL_CHANGED", Map.of("email", event.email()), event.actor());
	}

	@EventListener
	void on(PortalScopeReset event) {
		log.record(event.contactId(), "PORTAL_SCOPE_RESET", Map.of("reason", event.reason()), event.actor());
	}

	@EventListener
	void on(PortalActivated event) {
		log.record(event.contactId(), "PORTAL_ACTIVATED", passwordSet(Map.of(), event.shownInMailboxBy()),
				event.actor());
	}

	@EventListener
	void on(PortalPasswordChanged event) {
		String via = event.via() == PortalPasswordChanged.Via.LINK ? "link" : "profile";
		log.record(event.contactId(), "PORTAL_PASSWORD_CHANGED", passwordSet(Map.of("via", via),
				event.shownInMailboxBy()), event.actor());
	}

	@EventListener
	void on(PortalPasswordResetRequested event) {
		log.record(event.contactId(), "PORTAL_PASSWORD_RESET_REQUESTED", Map.of(), event.actor());
	}

	@EventListener
	void on(PortalSignInThrottled event) {
		log.record(event.contactId(), "PORTAL_SIGN_IN_THROTTLED", Map.of(), event.actor());
	}

	@EventListener
	void on(PortalSignedIn event) {
		log.record(event.contactId(), "PORTAL_SIGNED_IN",
				event.via() == PortalSignedIn.Via.LINK ? Map.of("via", "link") : Map.of(), event.actor());
	}

	@EventListener
	void on(PortalRequestRefused event) {
		String request = switch (event.request()) {
			case SELF_REGISTRATION -> "self-registration";
			case FORGOT_PASSWORD -> "forgot password";
			case LOGIN_REQUEST -> "login request";
		};
		String reason = switch (event.ended()) {
			case ARCHIVED -> "portal access ended when the contact was archived";
			case REVOKED -> "portal access was revoked";
		};
		log.record(event.contactId(), "PORTAL_REQUEST_REFUSED", Map.of("request", request, "reason", reason),
				event.actor());
	}

	@EventListener
	void on(LoginRequestApproved event) {
		log.record(event.contactId(), "PORTAL_LOGIN_REQUEST_APPROVED", Map.of("requestId", event.requestId().toString()),
				event.actor());
	}

	@EventListener
	void on(PortalSelfRegistered event) {
		log.record(event.contactId(), "PORTAL_SELF_REGISTERED", Map.of("invoiceNumber", event.invoiceNumber()),
				event.actor());
	}

	/** A password set through a link says so when staff saw that link in the Mailbox first. */
	private static Map<String, Object> passwordSet(Map<String, Object> details, @Nullable String shownInMailboxBy) {
		if (shownInMailboxBy == null) {
			return details;
		}
		Map<String, Object> all = new LinkedHashMap<>(details);
		all.put("shownInMailboxBy", shownInMailboxBy);
		all.put("reason", "password set through a link " + shownInMailboxBy + " (ADMIN) viewed in the Mailbox");
		return all;
	}
}
