/**
 * The console's start page: what needs someone (login requests waiting, emails failed or stuck,
 * expired invitations), the portal adoption funnel, who may receive marketing email, and the
 * latest activity across the company. It only reads, each figure through its owner's API, and
 * shows each role only what that role may open. Nothing depends on this module.
 * <p>
 * Tables: none (checked by {@code TableOwnershipTests}; no other module names them in SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package app.clientele.dashboard;

import org.jspecify.annotations.NullMarked;
