/**
 * The audit trail: what staff did outside the contacts' timelines (sign-ins and failures,
 * settings, account classes, staff users, templates, imports, exports, duplicate scans and merges,
 * portal impersonation, credential links read in the Mailbox), with who, when, from which address,
 * and before and after values where there are any; never a password, token or credential link.
 * <p>
 * It only listens to the other modules' typed, past-tense events, with plain
 * {@code @EventListener}s: an entry is written in the transaction of the action (one that rolls
 * back leaves none), or in its own where the action has none (a sign-in). The database keeps the
 * trail append-only and chained by hash (V85): its insert trigger gives each entry the next
 * {@code seq}, the previous hash and its own, one appender at a time on every node, and refuses
 * every UPDATE, DELETE and TRUNCATE. {@link app.clientele.audit.AuditSearch#verify()} walks the
 * chain and names the first entry whose hash does not match.
 * <p>
 * ADMINs read it at {@code /api/v1/audit} (and its CSV) and on the console's {@code /audit} page.
 * <p>
 * Tables: audit_entry, audit_head (checked by {@code TableOwnershipTests}; no other module names
 * them in SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package app.clientele.audit;

import org.jspecify.annotations.NullMarked;
