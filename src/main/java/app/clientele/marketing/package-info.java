/**
 * Marketing: lists of contacts, the audience of a list (who may get marketing email, and why the
 * others may not), campaigns sent through the outbox at a steady rate, and one-click unsubscribe.
 * <p>
 * Publishes, in the transaction of the change: {@link app.clientele.marketing.CampaignSentToContact},
 * {@link app.clientele.marketing.UnsubscribedFromMarketing},
 * {@link app.clientele.marketing.AddedToMarketingList} and
 * {@link app.clientele.marketing.RemovedFromMarketingList}. Listens to mail's EmailSent and
 * EmailFailed after the delivery's commit ({@code @ApplicationModuleListener}, through Spring
 * Modulith's event publication registry): a recipient's status follows delivery, it is not part of it.
 * <p>
 * In a merge of two contacts list memberships, campaign history and unsubscribe links move to the
 * survivor, and an opt-out of either side is the survivor's ({@code MarketingMergeStep}).
 * <p>
 * Tables: marketing_list, marketing_list_member, marketing_opt_out, campaign, campaign_recipient,
 * unsubscribe_link (checked by {@code TableOwnershipTests}; no other module names them in SQL);
 * publishes the view marketing_unsubscribed (who unsubscribed) for the filters of contact lists.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Marketing")
package app.clientele.marketing;

import org.jspecify.annotations.NullMarked;
