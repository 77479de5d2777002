package app.clientele.fields;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.clientele.platform.FieldProblem;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a change of a definition asks of the stored values, checked with their owner's
 * {@link CustomValueStore}: an option may go only when no record has it; a new type only when
 * every distinct stored value converts (written out as a file cell, read back as the new type),
 * and then every value is converted.
 */
@Component
class DefinitionChanges {

	/** A type change reads every distinct value; beyond this many it is refused rather than run for minutes. */
	static final int MAX_CONVERTED = 100_000;

	private final ObjectProvider<CustomValueStore> stores;
	private final SettingsManagement settings;

	DefinitionChanges(ObjectProvider<CustomValueStore> stores, SettingsManagement settings) {
		this.stores = stores;
		this.settings = settings;
	}

	/** The conversions a type change will make (none without one); refuses what would lose data. */
	Map<Object, Object> check(CustomField before, CustomField after) {
		CustomValueStore store = store(before.entity());
		if (store == null) {
			return Map.of();
		}
		if (before.type().hasOptions() && after.type().hasOptions()) {
			for (FieldOption gone : before.options()) {
				if (after.options().stream().noneMatch(o -> o.key().equals(gone.key()))) {
					long count = store.countWithOption(before.key(), gone.key(), before.type() == CustomFieldType.MULTI_SELECT);
					if (count > 0) {
						throw new CustomFieldOptionInUse(gone.label(), count);
					}
				}
			}
		}
		return before.type() == after.type() ? Map.of() : conversions(store, before, after);
	}

	void carry(CustomField before, Map<Object, Object> conversions) {
		CustomValueStore store = store(before.entity());
		if (store != null && !conversions.isEmpty()) {
			store.convert(before.key(), conversions);
		}
	}

	private Map<Object, Object> conversions(CustomValueStore store, CustomField before, CustomField after) {
		long distinct = store.countDistinct(before.key());
		if (distinct > MAX_CONVERTED) {
			throw new CustomFieldTypeChangeRefused(after.type(), distinct,
					List.of("more than " + MAX_CONVERTED + " distinct values"));
		}
		Map<Object, Object> conversions = new HashMap<>();
		List<String> failed = new ArrayList<>();
		long failures = 0;
		String region = settings.get().defaultPhoneRegion();
		for (Object value : store.distinctValues(before.key(), MAX_CONVERTED)) {
			String text = CustomValueText.write(before, value);
			List<FieldProblem> errors = new ArrayList<>();
			Object converted = CustomValueRules.normalise(after, CustomValueText.read(after.type(), text), region, "value", errors);
			if (!errors.isEmpty() || converted == null) {
				failures++;
				if (failed.size() < 5) {
					failed.add(text);
				}
			}
			else {
				conversions.put(value, converted);
			}
		}
		if (failures > 0) {
			throw new CustomFieldTypeChangeRefused(after.type(), failures, failed);
		}
		return conversions;
	}

	private @Nullable CustomValueStore store(CustomFieldEntity entity) {
		return stores.orderedStream().filter(s -> s.entity() == entity).findFirst().orElse(null);
	}
}
