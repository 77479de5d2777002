package app.clientele.portal;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The extension point behind self-registration: which account an invoice belongs to, when its
 * number and a second proof from the same invoice (its quick-pay code, or the account number
 * printed on it) match. The documents module provides it.
 */
public interface InvoiceVerification {

	Optional<UUID> accountOf(String invoiceNumber, @Nullable String quickPayCode, @Nullable String accountNumber);
}
