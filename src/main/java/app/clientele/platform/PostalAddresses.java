package app.clientele.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The rules of a postal address beyond its field limits: a country that ISO 3166-1 knows, and a
 * postcode of the country's shape where the shape is known (the main countries, from
 * libaddressinput's metadata in {@code postcodes.properties}); a country without a known shape
 * takes any postcode, so no real address is refused for want of data.
 */
public final class PostalAddresses {

	public static final int MAX_ADDRESSES = 10;
	static final int MAX_LINES = 4;
	static final int MAX_TEXT = 200;
	static final int MAX_POSTCODE = 20;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
	private static final Properties SHAPES = shapes();
	private static final Map<String, Pattern> POSTCODES = SHAPES.stringPropertyNames().stream()
			.filter(c -> c.indexOf('.') < 0)
			.collect(Collectors.toUnmodifiableMap(c -> c, c -> Pattern.compile(SHAPES.getProperty(c))));

	private PostalAddresses() {
	}

	/** The address trimmed as stored: blank parts dropped, country and postcode upper-cased. */
	public static PostalAddress normalised(PostalAddress a) {
		return new PostalAddress(a.type(), a.lines().stream().map(PostalAddresses::blankToNull)
				.filter(l -> l != null).toList(), blankToNull(a.city()), blankToNull(a.region()),
				upper(a.postcode()), upper(a.country()));
	}

	/**
	 * The problems of an address named under {@code field} ({@code addresses[0]}): a part must be
	 * given, the country must be known and the postcode must have its shape; none for no address.
	 * The field limits are Bean Validation's.
	 */
	public static List<FieldProblem> problems(String field, @Nullable PostalAddress address) {
		List<FieldProblem> problems = new ArrayList<>();
		if (address == null) {
			return problems;
		}
		PostalAddress a = normalised(address);
		if (a.country() == null) {
			problems.add(FieldProblem.of(field + ".country", "is required (an ISO 3166-1 alpha-2 code such as DE)",
					"validation.address.country.required"));
		}
		else if (!COUNTRIES.contains(a.country())) {
			problems.add(FieldProblem.of(field + ".country",
					"must be an ISO 3166-1 alpha-2 country code such as DE or US (not " + a.country() + ")",
					"validation.address.country.unknown", address.country().strip()));
		}
		else if (a.postcode() != null && !postcodeFits(a.country(), a.postcode())) {
			String country = countryName(a.country(), Locale.ENGLISH);
			String example = SHAPES.getProperty(a.country() + ".example");
			problems.add(FieldProblem.of(field + ".postcode", "is not a postcode of " + country + " (such as " + example
					+ ")", "validation.address.postcode.shape", a.postcode(), country, example));
		}
		if (a.lines().isEmpty() && a.city() == null && a.postcode() == null) {
			problems.add(FieldProblem.of(field + ".lines", "needs a street line, a city or a postcode",
					"validation.address.empty"));
		}
		return problems;
	}

	/** Whether the postcode has the country's shape; true for countries whose shape is not known. */
	public static boolean postcodeFits(String country, String postcode) {
		Pattern shape = POSTCODES.get(country.toUpperCase(Locale.ROOT));
		return shape == null || shape.matcher(postcode.strip().toUpperCase(Locale.ROOT)).matches();
	}

	/** Every ISO country code with its name in the locale, sorted by name: the console's picker. */
	public static Map<String, String> countries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return COUNTRIES.stream().sorted(Comparator.comparing((String c) -> countryName(c, locale), collator))
				.collect(Collectors.toMap(c -> c, c -> countryName(c, locale), (x, y) -> x, LinkedHashMap::new));
	}

	/**
	 * The ISO code of a country as a form's picker gives it: its English name in any case, or a
	 * code typed in; anything else as typed, for {@link #problems} to refuse.
	 */
	public static @Nullable String countryCode(@Nullable String typed) {
		String name = blankToNull(typed);
		if (name == null) {
			return null;
		}
		return COUNTRIES.stream().filter(c -> countryName(c, Locale.ENGLISH).equalsIgnoreCase(name)).findFirst()
				.orElse(name);
	}

	public static String countryName(String code, Locale locale) {
		String name = Locale.of("", code).getDisplayCountry(locale);
		return name.isBlank() ? code : name;
	}

	/** The address on one line, as the history, exports and lists show it: "1 Main St, 10115 Berlin, DE". */
	public static String oneLine(PostalAddress a) {
		String place = Stream.of(a.postcode(), a.city()).filter(s -> s != null).collect(Collectors.joining(" "));
		return Stream.concat(a.lines().stream(), Stream.of(place, a.region(), a.country()))
				.filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
	}

	private static Properties shapes() {
		Properties shapes = new Properties();
		try (InputStream in = PostalAddresses.class.getResourceAsStream("postcodes.properties")) {
			shapes.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return shapes;
	}

	private static @Nullable String upper(@Nullable String value) {
		String v = blankToNull(value);
		return v == null ? null : v.toUpperCase(Locale.ROOT);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
