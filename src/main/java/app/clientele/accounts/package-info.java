/**
 * Customer accounts (the companies Clientele's users serve), their sites (service locations)
 * and account classes (which carry the portal rules of the accounts in them).
 * <p>
 * Tables: account, account_class, site; publishes the view account_directory (name, number, status)
 * for other modules to read (checked by {@code TableOwnershipTests}; no other module names them in
 * SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package app.clientele.accounts;

import org.jspecify.annotations.NullMarked;
