/**
 * Cross-cutting ground every module stands on: problem details, paging, merge patch,
 * optimistic-locking helpers, security wiring, sign-in throttling and the embedded database.
 * A shared module: it depends on no other module.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package app.clientele.platform;

import org.jspecify.annotations.NullMarked;
