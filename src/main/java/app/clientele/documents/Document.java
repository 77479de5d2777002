package app.clientele.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.clientele.platform.Versioned;
import app.clientele.staff.NotificationTopic;
import org.jspecify.annotations.Nullable;

/** A document of an account, optionally of one of its sites. */
public record Document(UUID id, UUID accountId, @Nullable UUID siteId, DocumentType type, String number, String title,
		@Nullable BigDecimal amount, @Nullable String currency, @Nullable LocalDate dueDate, String status,
		@Nullable String quickPayCode, long version, Instant createdAt, Instant updatedAt) implements Versioned {

	/** The statuses of an invoice that asks nothing more of the customer. */
	public static final List<String> SETTLED = List.of("PAID", "CANCELLED");

	/**
	 * The topic a notification of this document belongs to: an unpaid invoice past its due date is
	 * a past-due notice, otherwise the type's own topic.
	 */
	public NotificationTopic topic(LocalDate today) {
		if (type == DocumentType.INVOICE && dueDate != null && dueDate.isBefore(today)
				&& !SETTLED.contains(status.toUpperCase(Locale.ROOT))) {
			return NotificationTopic.PAST_DUE;
		}
		if (type == DocumentType.INVOICE && status.equalsIgnoreCase("PAST_DUE")) {
			return NotificationTopic.PAST_DUE;
		}
		return type.topic();
	}
}
