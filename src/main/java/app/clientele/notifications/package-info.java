/**
 * Email notification topics per contact (defaults from the settings), who receives a document
 * (pre-selection and manual picks, with a reason for everyone skipped), and sending it.
 * <p>
 * Publishes, in the transaction of the change: {@link app.clientele.notifications.DocumentSent} and
 * {@link app.clientele.notifications.NotificationTopicsChanged}. Listens to no event.
 * <p>
 * In a merge of two contacts the documents sent to the other move to the survivor
 * ({@code NotificationMergeStep}).
 * <p>
 * Tables: notification_topics, document_delivery (checked by {@code TableOwnershipTests}; no other
 * module names them in SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package app.clientele.notifications;

import org.jspecify.annotations.NullMarked;
