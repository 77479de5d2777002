package app.clientele.audit.web;

import java.io.IOException;
import java.util.Map;

import app.clientele.audit.AuditAction;
import app.clientele.audit.AuditEntry;
import app.clientele.audit.AuditFilter;
import app.clientele.audit.AuditSearch;
import app.clientele.platform.FormErrors;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.platform.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's audit page (ADMIN): the trail newest first in people's words, filtered by actor,
 * action and dates (a plain GET form, so each view has its URL), its CSV, and whether the chain
 * holds. A bad filter is said beside its field and lists nothing.
 */
@Controller
class AuditController {

	static final int PAGE = 50;

	private final AuditSearch search;

	AuditController(AuditSearch search) {
		this.search = search;
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String after,
			Model model) {
		model.addAttribute("section", "audit");
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("filter", Map.of("actor", text(actor), "action", text(action), "from", text(from), "to",
				text(to)));
		model.addAttribute("check", search.verify());
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		String[][] given = { { "actor", text(actor) }, { "action", text(action) }, { "from", text(from) }, { "to", text(to) } };
		for (String[] param : given) {
			if (!param[1].isBlank()) {
				query.queryParam(param[0], param[1]);
			}
		}
		model.addAttribute("csvUrl", query.cloneBuilder().path("/audit/export.csv").build().encode().toUriString());
		try {
			Page<AuditEntry> entries = search.list(AuditFilter.of(actor, action, from, to), PageRequest.of(PAGE, after));
			model.addAttribute("entries", entries);
			model.addAttribute("olderUrl", entries.next() == null ? null
					: query.path("/audit").queryParam("after", entries.next()).build().encode().toUriString());
			model.addAttribute("errors", FormErrors.none());
		}
		catch (ProblemException e) {
			model.addAttribute("entries", new Page<>(java.util.List.of(), null));
			model.addAttribute("errors", FormErrors.of(e));
		}
		return "audit/audit";
	}

	@GetMapping("/audit/export.csv")
	void csv(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, HttpServletResponse response) throws IOException {
		AuditCsv.write(search, AuditFilter.of(actor, action, from, to), response);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
