/**
 * Marketing: lists of contacts, the audience of a list (who may get marketing email, and why the
 * others may not), campaigns sent through the outbox at a steady rate, and one-click unsubscribe.
 * <p>
 * Tables: marketing_list, marketing_list_member, marketing_opt_out, campaign, campaign_recipient,
 * unsubscribe_link (checked by {@code TableOwnershipTests}; no other module names them in SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Marketing")
package app.clientele.marketing;

import org.jspecify.annotations.NullMarked;
