package app.clientele.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import app.clientele.staff.PortalPermission;
import org.jspecify.annotations.Nullable;

/**
 * The figures of the portal home, all within the contact's access: the open invoices' total per
 * currency, their earliest due date, and per module the number of items of each kind (a kind is
 * the owning module's name for it, such as INVOICE or CREDIT_NOTE).
 */
public record PortalFigures(List<AmountDue> amountsDue, @Nullable LocalDate nextDueDate,
		Map<PortalPermission, List<Count>> counts) {

	public static final PortalFigures NONE = new PortalFigures(List.of(), null, Map.of());

	/** What is due in one currency. */
	public record AmountDue(String currency, BigDecimal amount) {
	}

	/** How many items of one kind a module holds. */
	public record Count(String kind, long count) {
	}

	/** The items of the module's kinds, none when it holds nothing. */
	public List<Count> of(PortalPermission module) {
		return counts.getOrDefault(module, List.of());
	}
}
