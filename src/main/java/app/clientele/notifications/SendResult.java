package app.clientele.notifications;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What sending a document did: who it was sent to, who was skipped and why, and a note when nobody got it. */
public record SendResult(List<UUID> sent, List<Skipped> skipped, @Nullable String note) {
}
