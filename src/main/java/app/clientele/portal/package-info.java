/**
 * The customer portal: access per contact (permissions, site scope), invitation and password
 * links, portal sign-in and sessions, the one access check every portal page and API goes
 * through, impersonation, and the portal pages.
 * <p>
 * Tables: portal_access, portal_access_site, portal_link, self_registration, login_request (checked
 * by {@code TableOwnershipTests}; no other module names them in SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package app.clientele.portal;

import org.jspecify.annotations.NullMarked;
