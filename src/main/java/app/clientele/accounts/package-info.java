/**
 * Customer accounts (the companies Clientele's users serve), their sites (service locations)
 * and account classes (which carry the portal rules of the accounts in them).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package app.clientele.accounts;

import org.jspecify.annotations.NullMarked;
