package app.clientele.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Which contacts a list, a search or an export takes: one account's or all, the search term, and
 * the filters ({@link ContactFilterKind}) as the query gave them, each value checked once, when
 * the filter is made, and kept in its canonical spelling (so that a page can link to the same
 * list). Archived contacts are left out unless {@code archived} (or the older
 * {@code includeArchived=true}) asks for them. {@link ContactFilterSql} turns it into SQL.
 */
public record ContactFilter(@Nullable UUID accountId, @Nullable String q, Map<ContactFilterKind, List<String>> values,
		Map<String, List<String>> custom) {

	private static final String INCLUDE_ARCHIVED = "includeArchived";

	public ContactFilter {
		q = q == null || q.isBlank() ? null : q.strip();
		Map<ContactFilterKind, List<String>> copy = new EnumMap<>(ContactFilterKind.class);
		values.forEach((kind, v) -> copy.put(kind, List.copyOf(v)));
		copy.putIfAbsent(ContactFilterKind.ARCHIVED, List.of("false"));
		values = Collections.unmodifiableMap(copy);
		Map<String, List<String>> customCopy = new LinkedHashMap<>();
		custom.forEach((name, v) -> customCopy.put(name, List.copyOf(v)));
		custom = Collections.unmodifiableMap(customCopy);
	}

	/**
	 * {@code custom}: the custom-field filters as given, {@code cf.<key>} (and {@code .from},
	 * {@code .to}) to their values; checked against the fields when the filter becomes SQL
	 * ({@link CustomFieldFilter}).
	 */
	public ContactFilter(@Nullable UUID accountId, @Nullable String q, Map<ContactFilterKind, List<String>> values) {
		this(accountId, q, values, Map.of());
	}

	/** Active contacts only, or every contact. */
	public static ContactFilter of(@Nullable UUID accountId, @Nullable String q, boolean includeArchived) {
		return new ContactFilter(accountId, q, Map.of(ContactFilterKind.ARCHIVED, List.of(includeArchived ? "any" : "false")));
	}

	/**
	 * The filters of a request's query parameters (other parameters are not looked at); a bad value,
	 * a single-valued filter given twice or a range that ends before it starts is a 400 naming the
	 * parameter.
	 */
	public static ContactFilter of(@Nullable UUID accountId, @Nullable String q, Map<String, List<String>> params) {
		Map<ContactFilterKind, List<String>> values = new EnumMap<>(ContactFilterKind.class);
		for (ContactFilterKind kind : ContactFilterKind.values()) {
			List<String> raw = params.getOrDefault(kind.param(), List.of()).stream().filter(v -> !v.isBlank()).toList();
			if (raw.size() > 1 && !kind.repeatable()) {
				throw kind.refused("must be given once");
			}
			if (!raw.isEmpty()) {
				values.put(kind, raw.stream().map(kind::check).distinct().toList());
			}
		}
		if (!values.containsKey(ContactFilterKind.ARCHIVED) && includeArchived(params)) {
			values.put(ContactFilterKind.ARCHIVED, List.of("any"));
		}
		checkRange(values, ContactFilterKind.CREATED_FROM, ContactFilterKind.CREATED_TO);
		checkRange(values, ContactFilterKind.UPDATED_FROM, ContactFilterKind.UPDATED_TO);
		checkRange(values, ContactFilterKind.LAST_SIGN_IN_FROM, ContactFilterKind.LAST_SIGN_IN_TO);
		Map<String, List<String>> custom = new LinkedHashMap<>();
		params.forEach((name, raw) -> {
			List<String> given = raw.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
			if (name.startsWith(CustomFieldFilter.PARAM) && !given.isEmpty()) {
				custom.put(name, given);
			}
		});
		return new ContactFilter(accountId, q, values, custom);
	}

	private static boolean includeArchived(Map<String, List<String>> params) {
		List<String> raw = params.getOrDefault(INCLUDE_ARCHIVED, List.of());
		if (raw.isEmpty() || raw.getFirst().isBlank()) {
			return false;
		}
		if (raw.size() > 1 || !raw.getFirst().strip().matches("(?i)true|false")) {
			throw new InvalidInput(INCLUDE_ARCHIVED, "must be true or false");
		}
		return Boolean.parseBoolean(raw.getFirst().strip());
	}

	private static void checkRange(Map<ContactFilterKind, List<String>> values, ContactFilterKind from,
			ContactFilterKind to) {
		if (values.containsKey(from) && values.containsKey(to)) {
			Instant start = (Instant) from.parse(values.get(from).getFirst());
			Instant end = (Instant) to.parse(values.get(to).getFirst());
			if (!start.isBefore(end)) {
				throw to.refused("must not be before " + from.param());
			}
		}
	}

	/** The values of {@code kind}, none when it is not filtered on. */
	public List<String> values(ContactFilterKind kind) {
		return values.getOrDefault(kind, List.of());
	}

	/** The one value of a single-valued {@code kind}, or null. */
	public @Nullable String value(ContactFilterKind kind) {
		List<String> v = values(kind);
		return v.isEmpty() ? null : v.getFirst();
	}

	public boolean includesArchived() {
		return !"false".equals(value(ContactFilterKind.ARCHIVED));
	}

	/** The filters besides the archive mark, as (kind, value) pairs in the kinds' order: what a page shows as chips. */
	public List<Map.Entry<ContactFilterKind, String>> chosen() {
		List<Map.Entry<ContactFilterKind, String>> chosen = new ArrayList<>();
		values.forEach((kind, v) -> v.stream().filter(x -> !(kind == ContactFilterKind.ARCHIVED && x.equals("false")))
				.forEach(x -> chosen.add(Map.entry(kind, x))));
		return chosen;
	}

	/** The same filter without one value of {@code kind} (without the kind when {@code value} is null). */
	public ContactFilter without(ContactFilterKind kind, @Nullable String value) {
		Map<ContactFilterKind, List<String>> rest = new EnumMap<>(values);
		List<String> left = value == null ? List.of() : values(kind).stream().filter(v -> !v.equals(value)).toList();
		if (left.isEmpty()) {
			rest.remove(kind);
		}
		else {
			rest.put(kind, left);
		}
		return new ContactFilter(accountId, q, rest, custom);
	}

	/** The same filter without one custom-field filter (its parameter's every value). */
	public ContactFilter withoutCustom(String param) {
		Map<String, List<String>> rest = new LinkedHashMap<>(custom);
		rest.remove(param);
		return new ContactFilter(accountId, q, values, rest);
	}

	/** The filters as query parameters ({@code q} included, the default archive mark left out), in the kinds' order. */
	public Map<String, List<String>> params() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		if (q != null) {
			params.put("q", List.of(q));
		}
		chosen().forEach(e -> params.computeIfAbsent(e.getKey().param(), k -> new ArrayList<>()).add(e.getValue()));
		params.putAll(custom);
		return params;
	}

	/** The filters as the audit trail shows them: {@code accountId=..., q="smith", archived=false, stage=LEAD}. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (accountId != null) {
			parts.add("accountId=" + accountId);
		}
		if (q != null) {
			parts.add("q=\"" + q.replace("\"", "\\\"") + "\"");
		}
		values.forEach((kind, v) -> parts.add(kind.param() + "=" + String.join("|", v)));
		return String.join(", ", parts);
	}
}
