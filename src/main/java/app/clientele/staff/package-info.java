/**
 * Staff users and their roles, API tokens and console sign-in, and the settings of this
 * Clientele (with the vocabulary of their defaults: portal permissions, notification topics).
 * <p>
 * Tables: staff, api_token, settings (checked by {@code TableOwnershipTests}; no other module names
 * them in SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Staff and settings")
package app.clientele.staff;

import org.jspecify.annotations.NullMarked;
