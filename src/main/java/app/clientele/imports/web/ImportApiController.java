package app.clientele.imports.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.imports.ContactImports;
import app.clientele.imports.DuplicatePolicy;
import app.clientele.imports.ImportOptions;
import app.clientele.imports.ImportProgress;
import app.clientele.imports.UpdateMode;
import app.clientele.platform.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contact imports as API.md gives them. The options come as form parts or query parameters; the
 * mapping as JSON text. Extensions: {@code updateMode} (FILL, OVERWRITE) for
 * {@code onDuplicate=UPDATE}; the import's answer adds its file name, counts of failed rows and
 * welcome emails, its mapping and options, who started it and when, and what an undo kept.
 */
@RestController
class ImportApiController {

	/** Problems and duplicates an import's answer lists; the counts say how many there are in all. */
	static final int LISTED = 1000;

	private final ContactImports imports;
	private final JsonMapper json;

	ImportApiController(ContactImports imports, JsonMapper json) {
		this.imports = imports;
		this.json = json;
	}

	record Started(UUID id, String status) {
	}

	@PostMapping("/api/v1/imports/contacts")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Started start(@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "SKIP") DuplicatePolicy onDuplicate,
			@RequestParam(defaultValue = "FILL") UpdateMode updateMode,
			@RequestParam(required = false) @Nullable String mapping,
			@RequestParam(required = false) @Nullable String encoding,
			@RequestParam(defaultValue = "false") boolean createMissingAccounts,
			@RequestParam(defaultValue = "false") boolean sendWelcomeEmails) {
		Map<String, String> chosen = mapping(mapping);
		ContactImports.UploadView upload = imports.upload(String.valueOf(file.getOriginalFilename()), file, encoding);
		UUID id = imports.start(upload.id(), new ImportOptions(dryRun, onDuplicate, updateMode, chosen,
				createMissingAccounts, sendWelcomeEmails)).id();
		return new Started(id, imports.get(id).status().name());
	}

	private Map<String, String> mapping(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Map.of();
		}
		try {
			Map<String, String> mapping = json.readValue(text, new TypeReference<Map<String, String>>() {
			});
			if (mapping == null || mapping.containsKey(null) || mapping.containsValue(null)) {
				throw new InvalidInput("mapping", "must map each column header to a field name (text)");
			}
			return mapping;
		}
		catch (JacksonException e) {
			throw new InvalidInput("mapping", "must be a JSON object of column header to field name, e.g. "
					+ "{\"E-mail\": \"email\"}");
		}
	}

	record ImportResponse(UUID id, String status, boolean dryRun, String fileName, int rowsTotal, long rowsDone,
			int created, int updated, int skipped, int failed, int welcomeEmails, List<ProblemResponse> errors,
			List<DuplicateResponse> duplicates, String onDuplicate, String updateMode, Map<String, String> mapping,
			boolean createMissingAccounts, boolean sendWelcomeEmails, String startedBy, Instant createdAt,
			@Nullable Instant undoneAt, List<ProblemResponse> notUndone, @Nullable String error) {
	}

	record ProblemResponse(int row, String field, String message) {
	}

	record DuplicateResponse(int row, UUID contactId, List<String> reasons, String outcome) {
	}

	@GetMapping("/api/v1/imports/{id}")
	ImportResponse get(@PathVariable UUID id) {
		ImportProgress p = imports.get(id);
		List<ProblemResponse> errors = imports.problems(id, LISTED).stream()
				.map(e -> new ProblemResponse(e.row(), e.field(), e.message())).toList();
		List<DuplicateResponse> duplicates = imports.duplicates(id, LISTED).stream()
				.map(d -> new DuplicateResponse(d.row(), d.contactId(), d.reasons(), d.outcome())).toList();
		List<ProblemResponse> kept = imports.notUndone(id, LISTED).stream()
				.map(e -> new ProblemResponse(e.row(), e.field(), e.message())).toList();
		return response(p, errors, duplicates, kept);
	}

	private static ImportResponse response(ImportProgress p, List<ProblemResponse> errors,
			List<DuplicateResponse> duplicates, List<ProblemResponse> kept) {
		var r = p.record();
		var o = r.options();
		return new ImportResponse(r.id(), p.status().name(), r.dryRun(), r.fileName(), r.rowsTotal(), p.rowsDone(),
				r.created(), r.updated(), r.skipped(), r.failed(), r.welcomeEmails(), errors, duplicates,
				o.onDuplicate().name(), o.updateMode().name(), o.mapping(), o.createMissingAccounts(),
				o.sendWelcomeEmails(), r.startedByName(), r.createdAt(), r.undoneAt(), kept, p.error());
	}

	record ImportList(List<ImportResponse> items) {
	}

	/** The latest imports, newest first (at most {@code limit}, 100 by default); each without its lists. */
	@GetMapping("/api/v1/imports")
	ImportList list(@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > 500) {
			throw new InvalidInput("limit", "must be from 1 to 500");
		}
		return new ImportList(imports.list(limit).stream().map(p -> response(p, List.of(), List.of(), List.of()))
				.toList());
	}

	@PostMapping("/api/v1/imports/{id}/undo")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Started undo(@PathVariable UUID id) {
		return new Started(id, imports.undo(id).status().name());
	}

	@GetMapping("/api/v1/imports/{id}/problems.csv")
	void problems(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		ProblemCsv.send(imports, id, response);
	}
}
