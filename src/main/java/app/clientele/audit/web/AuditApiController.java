package app.clientele.audit.web;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import app.clientele.audit.AuditEntry;
import app.clientele.audit.AuditFilter;
import app.clientele.audit.AuditSearch;
import app.clientele.audit.ChainCheck;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditApiController {

	private final AuditSearch search;

	AuditApiController(AuditSearch search) {
		this.search = search;
	}

	/** An entry: {@code actor} as people read it, its kind and id beside it; {@code target} null when there is none. */
	record EntryResponse(UUID id, long seq, Instant at, String actor, String actorKind, @Nullable UUID actorId,
			String action, @Nullable Target target, @Nullable String ip, Map<String, Object> details) {

		static EntryResponse of(AuditEntry e) {
			return new EntryResponse(e.id(), e.seq(), e.at(), e.actorLabel(), e.actorKind(), e.actorId(),
					e.action().name(), e.targetType() == null ? null : new Target(e.targetType(), e.targetId(),
							e.targetLabel()), e.ip(), e.details());
		}
	}

	record Target(String type, @Nullable String id, @Nullable String label) {
	}

	@GetMapping("/api/v1/audit")
	Page<EntryResponse> list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		AuditFilter filter = AuditFilter.of(actor, action, from, to);
		return search.list(filter, PageRequest.of(limit, after)).map(EntryResponse::of);
	}

	@GetMapping("/api/v1/audit/verify")
	ChainCheck verify() {
		return search.verify();
	}

	/** The same filters as the list, every entry, newest first, written as it is read. */
	@GetMapping("/api/v1/audit/export.csv")
	void csv(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, HttpServletResponse response) throws IOException {
		AuditCsv.write(search, AuditFilter.of(actor, action, from, to), response);
	}
}
