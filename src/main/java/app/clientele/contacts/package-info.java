/**
 * Contacts: the people of customer accounts. One record per real person, the primary-contact
 * rule, duplicate detection, archive and move, and the extension point that tells whether a
 * contact has history.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package app.clientele.contacts;

import org.jspecify.annotations.NullMarked;
