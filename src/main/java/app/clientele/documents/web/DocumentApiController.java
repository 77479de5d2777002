package app.clientele.documents.web;

import java.net.URI;
import java.util.UUID;

import app.clientele.documents.Document;
import app.clientele.documents.DocumentManagement;
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
class DocumentApiController {

	private final DocumentManagement documents;

	DocumentApiController(DocumentManagement documents) {
		this.documents = documents;
	}

	@PostMapping("/api/v1/accounts/{id}/documents")
	ResponseEntity<Document> create(@PathVariable UUID id, @RequestBody DocumentRequest request) {
		Document created = documents.create(id, request.toNewDocument());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/accounts/{id}/documents")
	Page<Document> ofAccount(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String after) {
		return documents.ofAccount(id, PageRequest.of(limit, after));
	}

	@GetMapping("/api/v1/documents/{id}")
	Document get(@PathVariable UUID id) {
		return documents.get(id);
	}
}
