/**
 * The activity history of each contact: every change with who, when and each field's old and
 * new value, staff comments, and what other modules report. It only listens: contacts' own
 * events, and {@link app.clientele.activity.ActivityReported} from everyone else.
 * <p>
 * Tables: activity_entry (checked by {@code TableOwnershipTests}; no other module names them in
 * SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Activity")
package app.clientele.activity;

import org.jspecify.annotations.NullMarked;
