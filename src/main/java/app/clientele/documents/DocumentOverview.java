package app.clientele.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import app.clientele.portal.PortalFigures;
import app.clientele.portal.PortalOverview;
import app.clientele.portal.PortalUser;
import app.clientele.staff.PortalPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal home's figures, within exactly what the contact's document list shows: its
 * account, its site scope (account-wide documents always), and the modules it has. Amounts due
 * come from invoices only, and only for a contact who may see invoices.
 */
@Service
class DocumentOverview implements PortalOverview {

	private final Documents documents;

	DocumentOverview(Documents documents) {
		this.documents = documents;
	}

	@Override
	@Transactional(readOnly = true)
	public PortalFigures figures(PortalUser user) {
		List<UUID> sites = user.allSites() ? null : user.sites().stream().map(PortalUser.Site::id).toList();
		Set<DocumentType> visible = DocumentType.visibleWith(user.permissions());
		Map<PortalPermission, List<PortalFigures.Count>> counts = new EnumMap<>(PortalPermission.class);
		documents.countsByType(user.accountId(), sites).forEach((type, count) -> {
			if (visible.contains(type)) {
				counts.computeIfAbsent(type.permission(), p -> new ArrayList<>())
						.add(new PortalFigures.Count(type.name(), count));
			}
		});
		counts.values().forEach(list -> list.sort(Comparator.comparing(c -> DocumentType.valueOf(c.kind()))));
		if (!visible.contains(DocumentType.INVOICE)) {
			return new PortalFigures(List.of(), null, counts);
		}
		List<Documents.OpenInvoices> open = documents.openInvoices(user.accountId(), sites);
		List<PortalFigures.AmountDue> due = open.stream().filter(o -> o.currency() != null && o.amount() != null)
				.map(o -> new PortalFigures.AmountDue(o.currency(), o.amount())).toList();
		@Nullable LocalDate next = open.stream().map(Documents.OpenInvoices::earliestDue).filter(Objects::nonNull)
				.min(Comparator.naturalOrder()).orElse(null);
		return new PortalFigures(due, next, counts);
	}
}
