package app.clientele.imports.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.imports.ImportMappings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved column mappings (an extension of API.md's imports): {@code GET|POST /api/v1/imports/mappings}
 * {@code {"name","mapping":{"<header>":"<field>"}}}, {@code DELETE /api/v1/imports/mappings/{id}}.
 * Saving under a name in use replaces that mapping. A saved mapping is passed to an import as its
 * {@code mapping}.
 */
@RestController
class ImportMappingApiController {

	private final ImportMappings mappings;

	ImportMappingApiController(ImportMappings mappings) {
		this.mappings = mappings;
	}

	record MappingRequest(@Nullable String name, @Nullable Map<String, String> mapping) {
	}

	record MappingList(List<ImportMappings.SavedMapping> items) {
	}

	@GetMapping("/api/v1/imports/mappings")
	MappingList list() {
		return new MappingList(mappings.list());
	}

	@PostMapping("/api/v1/imports/mappings")
	@ResponseStatus(HttpStatus.CREATED)
	ImportMappings.SavedMapping save(@RequestBody MappingRequest request) {
		if (request.name() == null) {
			throw new app.clientele.platform.InvalidInput("name", "is required");
		}
		if (request.mapping() == null) {
			throw new app.clientele.platform.InvalidInput("mapping", "is required: column header to field name");
		}
		return mappings.save(request.name(), request.mapping());
	}

	@DeleteMapping("/api/v1/imports/mappings/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		mappings.delete(id);
	}
}
