package app.clientele.portal;

import app.clientele.platform.ProblemException;
import app.clientele.staff.PortalPermission;
import org.springframework.http.HttpStatus;

/** The contact may not use this part of the portal. */
public class PortalPermissionMissing extends ProblemException {

	public PortalPermissionMissing(PortalPermission permission) {
		super(HttpStatus.FORBIDDEN, "portal-permission-missing", "Not permitted",
				"Your access does not include " + permission.name().toLowerCase(java.util.Locale.ROOT) + ".");
	}
}
