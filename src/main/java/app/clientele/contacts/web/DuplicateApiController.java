package app.clientele.contacts.web;

import java.util.List;
import java.util.UUID;

import app.clientele.contacts.DuplicatePair;
import app.clientele.contacts.DuplicateScan;
import app.clientele.contacts.DuplicateScans;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Duplicates on record as API.md gives them: scans and the pairs they found. Extensions: a scan
 * answers its {@code accountId}; the pairs take {@code reason=} (SAME_EMAIL, SAME_PHONE,
 * SIMILAR_NAME) and {@code limit=}.
 */
@RestController
class DuplicateApiController {

	private final DuplicateScans scans;

	DuplicateApiController(DuplicateScans scans) {
		this.scans = scans;
	}

	record ScanRequest(@Nullable UUID accountId) {
	}

	record ScanResponse(UUID id, String status, int progress, @Nullable UUID accountId) {

		static ScanResponse of(DuplicateScan scan) {
			return new ScanResponse(scan.id(), scan.status(), scan.progress(), scan.accountId());
		}
	}

	record PairResponse(UUID id, List<UUID> contactIds, double score, List<String> reasons) {

		static PairResponse of(DuplicatePair pair) {
			return new PairResponse(pair.id(), pair.contactIds(), pair.score(), pair.reasons());
		}
	}

	@PostMapping("/api/v1/duplicate-scans")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ScanResponse start(@RequestBody(required = false) @Nullable ScanRequest request) {
		return ScanResponse.of(scans.start(request == null ? null : request.accountId()));
	}

	@GetMapping("/api/v1/duplicate-scans/{id}")
	ScanResponse get(@PathVariable UUID id) {
		return ScanResponse.of(scans.get(id));
	}

	@GetMapping("/api/v1/duplicate-pairs")
	Page<PairResponse> pairs(@RequestParam(required = false) @Nullable UUID accountId,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return scans.queue(accountId, reason, PageRequest.of(limit, after)).map(PairResponse::of);
	}

	@PostMapping("/api/v1/duplicate-pairs/{id}/dismiss")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void dismiss(@PathVariable UUID id) {
		scans.dismiss(id);
	}
}
