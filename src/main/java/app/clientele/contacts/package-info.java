/**
 * Contacts: the people of customer accounts. One record per real person, the primary-contact
 * rule, duplicate detection, archive and move, and the extension point that tells whether a
 * contact has history.
 * <p>
 * Search matches word prefixes: each word typed must start a word of the contact's name or of its
 * account's name (case and accents folded), or the term starts the email (or the second email) or is
 * the phone number. The duplicate check weighs the same email (anywhere, either email of either
 * person), the same phone, a similar name in the same account and the same name in another
 * account; {@link DuplicateFinder} gives the scores and why its thresholds are what they are.
 * <p>
 * Publishes, in the transaction of the change: {@link ContactCreated}, {@link ContactUpdated},
 * {@link ContactArchived}, {@link ContactRestored}, {@link ContactMoved}, {@link
 * PrimaryContactChanged}: facts only. What a creator asks for besides the contact (the welcome
 * email, portal access) is a {@link ContactOnboarding} handed to each {@link ContactOnboardingStep}
 * (mail, portal) in the creating transaction; that interface says why it is no event.
 * <p>
 * Merging two records of one person ({@link ContactMerging}) is the same kind of command: each
 * module that keeps something per contact moves it to the survivor as a {@link ContactMergeStep}
 * and writes down what it moved in the {@link MergeLedger}, and the rows it changed or let go as
 * they were, so an undo within 30 days puts exactly that back. The merged-away contact leaves the
 * contact table (every read answers 404) and waits in contact_merge for an undo, with the
 * survivor as it was before and after the merge: the undo takes back what the merge changed of
 * the survivor and nobody changed since ({@link MergeRevert}). Publishes {@link ContactMerged} and {@link
 * ContactMergeUndone}.
 * <p>
 * Duplicates already on record are found by a background scan ({@link DuplicateScans}) with the
 * same evidence and scores; the pairs it finds wait for review, and a pair dismissed as "not a
 * duplicate" is never listed again.
 * <p>
 * Tables: contact, contact_phone, contact_site, contact_name_word, contact_merge,
 * contact_merge_row, contact_duplicate_scan, contact_duplicate_pair, contact_reach_count (checked
 * by {@code TableOwnershipTests}; no other module names them in SQL); reads account names' words through
 * the accounts module's view {@code account_name_search_word}, and for the filters of contact lists
 * ({@link ContactFilter}, {@link ContactFilterSql}) the portal's {@code portal_contact_standing} and
 * marketing's {@code marketing_unsubscribed}; publishes the views
 * {@code contact_directory} (who a contact is), {@code contact_emailability} (who may be
 * emailed) and {@code contact_marketing_reason_count} (how many contacts per marketing reason, kept
 * by triggers as contacts are written) for other modules to read.
 * <p>
 * Who may be emailed is decided here and nowhere else: {@link Emailability} for one contact,
 * {@link ContactEmailability} for a set of ids, and the view {@code contact_emailability} for
 * readers that must filter in SQL. Senders add only their own conditions on top.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package app.clientele.contacts;

import org.jspecify.annotations.NullMarked;
