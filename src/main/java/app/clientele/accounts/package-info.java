/**
 * Customer accounts (the companies Clientele's users serve), their sites (service locations)
 * and account classes (which carry the portal rules of the accounts in them).
 * <p>
 * Tables: account, account_class, site, account_name_word (the words of account names, kept by a
 * trigger on account); publishes the views account_directory (name, number, status) and
 * account_name_search_word (the words, for contact search) for other modules to read (checked by
 * {@code TableOwnershipTests}; no other module names them in SQL or in a migration).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package app.clientele.accounts;

import org.jspecify.annotations.NullMarked;
