/**
 * Cross-cutting ground every module stands on: problem details, paging, merge patch,
 * optimistic-locking helpers, security wiring, sign-in throttling and the embedded database.
 * A shared module: it depends on no other module.
 * <p>
 * Tables: sign_in_failure, spring_session, spring_session_attributes (checked by {@code
 * TableOwnershipTests}; no other module names them in SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package app.clientele.platform;

import org.jspecify.annotations.NullMarked;
