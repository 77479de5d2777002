package app.clientele.fields;

/** What a custom field holds; the stored JSON value of each is said beside it. */
public enum CustomFieldType {
	/** A string of at most 255 characters. */
	TEXT,
	/** A string of at most 10,000 characters, shown with its line breaks. */
	LONG_TEXT,
	/** A JSON number with at most six decimals. */
	NUMBER,
	/** {@code {"amount": 12.50, "currency": "EUR"}}; the field's currency when none is given. */
	MONEY,
	/** An ISO date, {@code "2026-12-31"}. */
	DATE,
	/** {@code true} or {@code false}. */
	CHECKBOX,
	/** The key of one option. */
	SELECT,
	/** A list of option keys, in the options' order. */
	MULTI_SELECT,
	/** An http or https address. */
	URL,
	/** An email address. */
	EMAIL,
	/** A phone number in E.164 ({@code "+12015550123"}). */
	PHONE;

	public boolean hasOptions() {
		return this == SELECT || this == MULTI_SELECT;
	}

	/** Whether filters compare ranges of it ({@code cf.<key>.from} / {@code .to}). */
	public boolean ranged() {
		return this == NUMBER || this == MONEY || this == DATE;
	}
}
