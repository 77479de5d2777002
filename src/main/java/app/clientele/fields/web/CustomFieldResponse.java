package app.clientele.fields.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldType;
import app.clientele.fields.FieldOption;
import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;

record CustomFieldResponse(UUID id, CustomFieldEntity entity, String key, String label, CustomFieldType type,
		boolean required, @Nullable String helpText, @Nullable Object defaultValue, List<FieldOption> options,
		@Nullable String currency, int position, boolean deleted, long version, Instant createdAt, Instant updatedAt)
		implements Versioned {

	static CustomFieldResponse of(CustomField f) {
		return new CustomFieldResponse(f.id(), f.entity(), f.key(), f.label(), f.type(), f.required(), f.helpText(),
				f.defaultValue(), f.options(), f.currency(), f.position(), f.deleted(), f.version(), f.createdAt(),
				f.updatedAt());
	}
}
