package app.clientele.mail;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * When the outbox marked an email sent or ended, and whose history the email is now: a merge may
 * have moved it to another contact while it was being sent.
 */
record Marked(Instant at, @Nullable UUID contactId) {
}
