package app.clientele.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record NewDocument(@Nullable DocumentType type, @Nullable String number, @Nullable String title,
		@Nullable BigDecimal amount, @Nullable String currency, @Nullable LocalDate dueDate, @Nullable String status,
		@Nullable UUID siteId, @Nullable String quickPayCode) {
}
