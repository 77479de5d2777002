package app.clientele.documents.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import app.clientele.documents.Document;
import app.clientele.documents.DocumentManagement;
import app.clientele.documents.DocumentType;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.portal.PortalGate;
import app.clientele.portal.PortalUser;
import app.clientele.staff.PortalPermission;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Documents in the portal, as JSON and as a page. Every request asks the portal's one access
 * check: the permission for the type (403 when missing), and scope (a document outside it, or
 * of another account, is 404: its existence is not confirmed).
 */
@Controller
class PortalDocumentController {

	private final DocumentManagement documents;
	private final PortalGate gate;
	private final SettingsManagement settings;

	PortalDocumentController(DocumentManagement documents, PortalGate gate, SettingsManagement settings) {
		this.documents = documents;
		this.gate = gate;
		this.settings = settings;
	}

	/** A document as the contact sees it (no quick-pay code: it is a proof for self-registration). */
	record PortalDocument(UUID id, DocumentType type, String number, String title, @Nullable BigDecimal amount,
			@Nullable String currency, @Nullable LocalDate dueDate, String status, @Nullable UUID siteId) {

		static PortalDocument of(Document d) {
			return new PortalDocument(d.id(), d.type(), d.number(), d.title(), d.amount(), d.currency(), d.dueDate(),
					d.status(), d.siteId());
		}
	}

	@GetMapping("/portal/api/documents")
	@ResponseBody
	Page<PortalDocument> list(@RequestParam(required = false) @Nullable DocumentType type,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return documents.forPortal(gate.current(), types(type), PageRequest.of(limit, after)).map(PortalDocument::of);
	}

	@GetMapping("/portal/api/documents/{id}")
	@ResponseBody
	PortalDocument get(@PathVariable UUID id) {
		PortalUser user = gate.current();
		Document document = documents.forPortal(user, id);
		gate.require(document.type().permission());
		return PortalDocument.of(document);
	}

	@GetMapping("/portal/documents")
	String page(@RequestParam(required = false) @Nullable PortalPermission type,
			@RequestParam(required = false) @Nullable String after, Model model) {
		PortalUser user = gate.current();
		if (type != null) {
			gate.require(type);
		}
		Set<DocumentType> types = DocumentType.visibleWith(type == null ? user.permissions() : Set.of(type));
		model.addAttribute("portalUser", user);
		model.addAttribute("companyName", settings.get().companyName());
		model.addAttribute("module", type);
		model.addAttribute("documents", documents.forPortal(user, types, PageRequest.of(25, after)));
		return "documents/portal-list";
	}

	@GetMapping("/portal/documents/{id}")
	String detail(@PathVariable UUID id, Model model) {
		PortalUser user = gate.current();
		Document document = documents.openInPortal(user, id);
		model.addAttribute("portalUser", user);
		model.addAttribute("companyName", settings.get().companyName());
		model.addAttribute("module", document.type().permission());
		model.addAttribute("document", PortalDocument.of(document));
		model.addAttribute("siteName", user.sites().stream().filter(s -> s.id().equals(document.siteId()))
				.map(PortalUser.Site::name).findFirst().orElse(null));
		return "documents/portal-document";
	}

	private Set<DocumentType> types(@Nullable DocumentType type) {
		PortalUser user = gate.current();
		if (type != null) {
			gate.require(type.permission());
			return EnumSet.of(type);
		}
		return DocumentType.visibleWith(user.permissions());
	}
}
