/**
 * The customer portal: access per contact (permissions, site scope), invitation and password
 * links, portal sign-in and sessions, the one access check every portal page and API goes
 * through, impersonation, and the portal pages.
 * <p>
 * Publishes, in the transaction of the change: {@link app.clientele.portal.PortalAccessChanged},
 * {@link app.clientele.portal.PortalInvited}, {@link app.clientele.portal.PortalSetPasswordSent},
 * {@link app.clientele.portal.PortalRevoked}, {@link app.clientele.portal.PortalImpersonationLinkIssued},
 * {@link app.clientele.portal.PortalImpersonated}, {@link app.clientele.portal.PortalLoginEmailChanged},
 * {@link app.clientele.portal.PortalScopeReset}, {@link app.clientele.portal.PortalActivated},
 * {@link app.clientele.portal.PortalPasswordChanged}, {@link app.clientele.portal.PortalPasswordResetRequested},
 * {@link app.clientele.portal.PortalSignInThrottled}, {@link app.clientele.portal.PortalSignedIn},
 * {@link app.clientele.portal.PortalRequestRefused}, {@link app.clientele.portal.LoginRequestApproved} and
 * {@link app.clientele.portal.PortalSelfRegistered}. Listens, in the publisher's transaction, to
 * ContactArchived, ContactUpdated and ContactMoved (access ends, links die) and to mail's
 * CredentialLinkShownInMailbox (the token is marked); access at creation is its
 * {@code ContactOnboardingStep}.
 * <p>
 * In a merge of two contacts at most one portal login survives and permissions never widen
 * unless staff ask ({@code PortalMergeStep}, {@code PortalLoginMerge}).
 * <p>
 * Tables: portal_access, portal_access_site, portal_link, self_registration, login_request (checked
 * by {@code TableOwnershipTests}; no other module names them in SQL); publishes the view
 * portal_contact_standing (each contact's portal status and last sign-in) for the filters of
 * contact lists.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package app.clientele.portal;

import org.jspecify.annotations.NullMarked;
