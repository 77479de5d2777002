package app.clientele.portal.web;

import java.util.List;
import java.util.stream.Stream;

import app.clientele.portal.PortalFigures;
import app.clientele.portal.PortalUser;
import app.clientele.staff.PortalPermission;

/** A module on the portal home, with how many items of each kind it holds. */
record PortalModule(PortalPermission permission, List<PortalFigures.Count> counts) {

	/** The modules the contact has and that hold something, in the permissions' order. */
	static List<PortalModule> of(PortalUser user, PortalFigures figures) {
		return Stream.of(PortalPermission.values()).filter(user::may)
				.map(p -> new PortalModule(p, figures.of(p))).filter(m -> !m.counts().isEmpty()).toList();
	}
}
