package app.clientele.fields;

import java.util.List;
import java.util.Map;

/**
 * What the module that stores a kind of record's values (contacts, accounts) answers about them,
 * so that a change of a definition can be checked against the data and carried into it. The
 * values stay in their owner's table; only the owner's SQL touches them.
 */
public interface CustomValueStore {

	CustomFieldEntity entity();

	/** How many records hold this option in this select (or multi-select) field. */
	long countWithOption(String key, String option, boolean multi);

	/** The distinct stored values of a field (at most {@code limit}), to see whether they convert to a new type. */
	List<Object> distinctValues(String key, int limit);

	/** How many distinct values the field has. */
	long countDistinct(String key);

	/** Replaces each stored value of the field by its converted value (old → new, both stored forms). */
	void convert(String key, Map<Object, Object> conversions);
}
