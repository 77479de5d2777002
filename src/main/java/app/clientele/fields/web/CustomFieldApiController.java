package app.clientele.fields.web;

import java.net.URI;
import java.util.UUID;

import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldManagement;
import app.clientele.platform.IfMatch;
import app.clientele.platform.MergePatch;
import app.clientele.platform.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Custom field definitions: every role reads them, ADMINs change them. */
@RestController
@RequestMapping("/api/v1/custom-fields")
class CustomFieldApiController {

	private final CustomFieldManagement fields;
	private final MergePatch mergePatch;

	CustomFieldApiController(CustomFieldManagement fields, MergePatch mergePatch) {
		this.fields = fields;
		this.mergePatch = mergePatch;
	}

	@PostMapping
	ResponseEntity<CustomFieldResponse> define(@RequestBody CustomFieldRequest request) {
		CustomField created = fields.define(request.definition());
		return ResponseEntity.created(URI.create("/api/v1/custom-fields/" + created.id()))
				.body(CustomFieldResponse.of(created));
	}

	/** Contact fields, then account fields, each in their order; {@code entity} picks one kind. */
	@GetMapping
	Page<CustomFieldResponse> list(@RequestParam(required = false) @Nullable CustomFieldEntity entity,
			@RequestParam(defaultValue = "false") boolean includeDeleted) {
		var kinds = entity == null ? java.util.List.of(CustomFieldEntity.values()) : java.util.List.of(entity);
		return new Page<>(kinds.stream().flatMap(k -> fields.list(k, includeDeleted).stream())
				.map(CustomFieldResponse::of).toList(), null);
	}

	@GetMapping("/{id}")
	CustomFieldResponse get(@PathVariable UUID id) {
		return CustomFieldResponse.of(fields.get(id));
	}

	@PatchMapping(path = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	CustomFieldResponse patch(@PathVariable UUID id, @RequestBody JsonNode patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		CustomField current = fields.get(id);
		IfMatch expected = IfMatch.of(ifMatch);
		expected.check("Custom field " + id, current.version());
		CustomFieldRequest changed = mergePatch.apply(CustomFieldRequest.of(current), patch, CustomFieldRequest.class);
		return CustomFieldResponse.of(fields.change(id, changed.definition(), IfMatch.version(current.version())));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		fields.delete(id, IfMatch.of(ifMatch));
		return ResponseEntity.noContent().build();
	}
}
