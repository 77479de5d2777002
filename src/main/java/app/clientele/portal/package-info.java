/**
 * The customer portal: access per contact (permissions, site scope), invitation and password
 * links, portal sign-in and sessions, the one access check every portal page and API goes
 * through, impersonation, and the portal pages.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package app.clientele.portal;

import org.jspecify.annotations.NullMarked;
