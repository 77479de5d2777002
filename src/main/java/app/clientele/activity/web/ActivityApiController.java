package app.clientele.activity.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import app.clientele.activity.ActivityEntry;
import app.clientele.activity.ActivityLog;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ActivityApiController {

	private final ActivityLog log;

	ActivityApiController(ActivityLog log) {
		this.log = log;
	}

	/** A timeline entry: {@code actor} is who did it as people read it; kind and id are beside it. */
	record EntryResponse(UUID id, Instant at, String actor, String actorKind, @Nullable UUID actorId, String type,
			Map<String, Object> details) {

		static EntryResponse of(ActivityEntry e) {
			return new EntryResponse(e.id(), e.at(), e.actor().label(), e.actor().kind().name(), e.actor().id(),
					e.type(), e.details());
		}
	}

	record CommentRequest(@Nullable String text) {
	}

	@GetMapping("/api/v1/contacts/{id}/activity")
	Page<EntryResponse> timeline(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return log.timeline(id, PageRequest.of(limit, after)).map(EntryResponse::of);
	}

	@PostMapping("/api/v1/contacts/{id}/comments")
	ResponseEntity<EntryResponse> comment(@PathVariable UUID id, @RequestBody CommentRequest request) {
		ActivityEntry entry = log.comment(id, request.text() == null ? "" : request.text());
		return ResponseEntity.created(URI.create("/api/v1/contacts/" + id + "/activity")).body(EntryResponse.of(entry));
	}
}
