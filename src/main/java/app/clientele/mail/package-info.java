/**
 * Email: templates, the outbox, SMTP delivery, each contact's message history and the Mailbox.
 * <p>
 * Publishes, in the transaction of the change: {@link app.clientele.mail.EmailQueued},
 * {@link app.clientele.mail.EmailCancelled}, {@link app.clientele.mail.EmailSent},
 * {@link app.clientele.mail.EmailFailed} and {@link app.clientele.mail.CredentialLinkShownInMailbox}.
 * Listens to no event: the welcome email is its {@code ContactOnboardingStep} of creating a contact.
 * <p>
 * An email is written to the outbox table in the transaction of the change that causes it, so
 * a change that rolls back leaves no email. The outbox is a table of its own rather than the
 * Modulith event publication registry: its rows must be claimed with {@code FOR UPDATE SKIP
 * LOCKED} by any number of nodes, carry a status, attempts, backoff and one Message-ID for all
 * attempts, and be listed in the Mailbox and in each contact's message history, none of which
 * the registry offers. A link's secret is never stored: a row keeps the link's purpose and id,
 * and the owning module's {@link app.clientele.mail.LinkIssuer} makes a fresh link when the email
 * is rendered.
 * <p>
 * In a merge of two contacts the other's emails move to the survivor ({@code MailMergeStep}); an
 * email being sent meanwhile is recorded on whoever owns it when it is marked sent.
 * <p>
 * Tables: email_template, outbox_email (checked by {@code TableOwnershipTests}; no other module
 * names them in SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package app.clientele.mail;

import org.jspecify.annotations.NullMarked;
