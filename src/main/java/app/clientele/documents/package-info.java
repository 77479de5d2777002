/**
 * Documents (invoices, credit notes, estimates, contracts, proposals, tickets, projects, tasks),
 * kept only as far as the portal shows them and notifications send them. The portal lists them
 * through the portal's one access check.
 * <p>
 * Tables: document (checked by {@code TableOwnershipTests}; no other module names them in SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package app.clientele.documents;

import org.jspecify.annotations.NullMarked;
