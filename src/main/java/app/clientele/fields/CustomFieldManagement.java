package app.clientele.fields;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.platform.Actor;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.Ids;
import app.clientele.platform.IfMatch;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom field definitions (ADMIN): define, change, delete, list; and the rules every write path
 * checks values with ({@link #rules}). A change of options or type is checked against the stored
 * values through the owner's {@link CustomValueStore} ({@link DefinitionChanges}).
 */
@Service
public class CustomFieldManagement {

	private final CustomFields fields;
	private final DefinitionChanges changes;
	private final SettingsManagement settings;
	private final FieldConstraints constraints;
	private final ApplicationEventPublisher events;

	CustomFieldManagement(CustomFields fields, DefinitionChanges changes, SettingsManagement settings,
			FieldConstraints constraints, ApplicationEventPublisher events) {
		this.fields = fields;
		this.changes = changes;
		this.settings = settings;
		this.constraints = constraints;
		this.events = events;
	}

	/** The live fields of a kind of record and their value rules: one statement. */
	@Transactional(readOnly = true)
	public CustomFieldRules rules(CustomFieldEntity entity) {
		return new CustomFieldRules(fields.of(entity), settings.get().defaultPhoneRegion());
	}

	/** Every field of a kind of record, the deleted ones only when asked. */
	@Transactional(readOnly = true)
	public List<CustomField> list(CustomFieldEntity entity, boolean includeDeleted) {
		return fields.of(entity).stream().filter(f -> includeDeleted || !f.deleted()).toList();
	}

	@Transactional(readOnly = true)
	public CustomField get(UUID id) {
		return fields.find(id).orElseThrow(() -> new CustomFieldNotFound(id));
	}

	@Transactional
	public CustomField define(CustomFieldDefinition d) {
		List<FieldProblem> errors = new ArrayList<>();
		constraints.valid(d, errors);
		DefinitionRules.key(d.key(), errors);
		DefinitionRules.throwIfAny(errors);
		CustomFieldEntity entity = d.entity();
		String key = d.key().strip();
		if (fields.keyTaken(entity, key)) {
			throw new CustomFieldKeyTaken(key);
		}
		Instant now = Instant.now();
		CustomField field = complete(d, Ids.newId(), entity, key,
				d.position() == null ? fields.nextPosition(entity) : d.position(), null, 0, now, now);
		try {
			fields.insert(field);
		}
		catch (DuplicateKeyException e) {
			throw new CustomFieldKeyTaken(key);
		}
		events.publishEvent(new CustomFieldDefined(field, Actor.current()));
		return field;
	}

	/**
	 * Changes a field: label, help, required, default, options, currency, position, type. The
	 * entity and key never change. Removing an option still chosen, or a type change some stored
	 * value would not survive, is refused; a type change that converts carries every value over.
	 */
	@Transactional
	public CustomField change(UUID id, CustomFieldDefinition d, IfMatch ifMatch) {
		CustomField before = get(id);
		ifMatch.check("Custom field " + id, before.version());
		List<FieldProblem> errors = new ArrayList<>();
		constraints.valid(d, errors);
		if (d.entity() != null && d.entity() != before.entity()) {
			errors.add(new FieldProblem("entity", "cannot be changed"));
		}
		if (d.key() != null && !d.key().strip().equals(before.key())) {
			errors.add(new FieldProblem("key", "cannot be changed (stored values are kept under it)"));
		}
		DefinitionRules.throwIfAny(errors);
		CustomField after = complete(d, id, before.entity(), before.key(),
				d.position() == null ? before.position() : d.position(), before.deletedAt(), before.version(),
				before.createdAt(), Instant.now());
		Map<Object, Object> conversions = changes.check(before, after);
		fields.update(after, before.version());
		changes.carry(before, conversions);
		CustomField saved = get(id);
		events.publishEvent(new CustomFieldChanged(before, saved, Actor.current()));
		return saved;
	}

	/** Deletes a field: kept, marked deleted, so its key is never reused and its values stay in the history. */
	@Transactional
	public void delete(UUID id, IfMatch ifMatch) {
		CustomField before = get(id);
		ifMatch.check("Custom field " + id, before.version());
		if (before.deleted()) {
			return;
		}
		CustomField deleted = new CustomField(before.id(), before.entity(), before.key(), before.label(), before.type(),
				before.required(), before.helpText(), before.defaultValue(), before.options(), before.currency(),
				before.position(), Instant.now(), before.version(), before.createdAt(), Instant.now());
		fields.update(deleted, before.version());
		events.publishEvent(new CustomFieldDeleted(deleted, Actor.current()));
	}

	/** The definition checked as a whole: options, currency, and a default its own rules accept. */
	private CustomField complete(CustomFieldDefinition d, UUID id, CustomFieldEntity entity, String key, int position,
			@Nullable Instant deletedAt, long version, Instant createdAt, Instant updatedAt) {
		List<FieldProblem> errors = new ArrayList<>();
		CustomFieldType type = d.type();
		List<FieldOption> options = DefinitionRules.options(type, d.options() == null ? List.of() : d.options(), errors);
		String currency = DefinitionRules.currency(type, d.currency(), errors);
		DefinitionRules.throwIfAny(errors);
		CustomField field = new CustomField(id, entity, key, d.label().strip(), type, d.required(),
				d.helpText() == null || d.helpText().isBlank() ? null : d.helpText().strip(), null, options, currency,
				position, deletedAt, version, createdAt, updatedAt);
		Object defaultValue = CustomValueRules.normalise(field, d.defaultValue(), settings.get().defaultPhoneRegion(),
				"defaultValue", errors);
		DefinitionRules.throwIfAny(errors);
		return new CustomField(id, entity, key, field.label(), type, d.required(), field.helpText(), defaultValue,
				options, currency, position, deletedAt, version, createdAt, updatedAt);
	}
}
