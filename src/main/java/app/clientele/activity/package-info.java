/**
 * The activity history of each contact: every change with who, when and each field's old and
 * new value, staff comments, and what happened to the contact in other modules. It only listens,
 * and renders each module's facts as the timeline's types and details (public contract): the
 * contacts module's events ({@code ContactActivity}), mail's ({@code MailActivity}), the portal's
 * ({@code PortalActivity}), marketing's ({@code MarketingActivity}) and notifications'
 * ({@code NotificationActivity}). It depends on those modules; none of them depends on it.
 * Every listener is a plain {@code @EventListener}, in the transaction of the fact: a change that
 * rolls back leaves no entry, and no committed change lacks one.
 * <p>
 * In a merge of two contacts the timeline moves to the survivor ({@code ActivityMergeStep}, the
 * last step) and records MERGED and MERGE_UNDONE entries.
 * <p>
 * Tables: activity_entry (checked by {@code TableOwnershipTests}; no other module names them in
 * SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Activity")
package app.clientele.activity;

import org.jspecify.annotations.NullMarked;
