package app.clientele.portal;

import java.util.UUID;

import app.clientele.staff.PortalPermission;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one access check of the portal: who is signed in (as of this request), which modules they
 * may use and which sites they see. Every portal page and API call goes through it; other
 * modules (documents) plug in here rather than decide for themselves.
 */
@Component
public class PortalGate {

	static final String USER_ATTRIBUTE = PortalGate.class.getName() + ".user";

	/** The contact signed in for this request; the security chain guarantees one on protected paths. */
	public PortalUser current() {
		PortalUser user = find();
		if (user == null) {
			throw new IllegalStateException("no portal user on this request");
		}
		return user;
	}

	public @Nullable PortalUser find() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return (PortalUser) servlet.getRequest().getAttribute(USER_ATTRIBUTE);
		}
		return null;
	}

	/** The signed-in contact, refused with 403 when it may not use this module. */
	public PortalUser require(PortalPermission permission) {
		PortalUser user = current();
		if (!user.may(permission)) {
			throw new PortalPermissionMissing(permission);
		}
		return user;
	}

	/** Refuses any change in a read-only (impersonated) session. */
	public PortalUser requireWritable() {
		PortalUser user = current();
		if (user.impersonated()) {
			throw new ImpersonationReadOnly();
		}
		return user;
	}

	/** Whether the contact sees an item of its account that belongs to {@code siteId} (null: account-wide). */
	public boolean sees(PortalUser user, @Nullable UUID siteId) {
		return user.sees(siteId);
	}

	static void put(HttpServletRequest request, PortalUser user) {
		request.setAttribute(USER_ATTRIBUTE, user);
	}
}
