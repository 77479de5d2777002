package app.clientele.portal;

/**
 * The extension point behind the portal home: what a contact may see, summed up (amount due,
 * next due date, how many items each module holds). The documents module provides it; the home
 * shows only the modules the contact has and that hold something.
 */
public interface PortalOverview {

	PortalFigures figures(PortalUser user);
}
