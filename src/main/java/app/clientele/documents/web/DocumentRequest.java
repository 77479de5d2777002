package app.clientele.documents.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import app.clientele.documents.DocumentType;
import app.clientele.documents.NewDocument;
import org.jspecify.annotations.Nullable;

record DocumentRequest(@Nullable DocumentType type, @Nullable String number, @Nullable String title,
		@Nullable BigDecimal amount, @Nullable String currency, @Nullable LocalDate dueDate, @Nullable String status,
		@Nullable UUID siteId, @Nullable String quickPayCode) {

	NewDocument toNewDocument() {
		return new NewDocument(type, number, title, amount, currency, dueDate, status, siteId, quickPayCode);
	}
}
