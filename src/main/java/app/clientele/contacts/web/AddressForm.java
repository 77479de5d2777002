package app.clientele.contacts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import app.clientele.platform.AddressType;
import app.clientele.platform.PostalAddress;
import app.clientele.platform.PostalAddresses;
import org.jspecify.annotations.Nullable;

/**
 * One address row of the contact form: the street lines in one text area (a line each), and the
 * country as people pick it, by name from the list (an ISO code typed in is taken as well).
 */
record AddressForm(@Nullable AddressType type, @Nullable String lines, @Nullable String city,
		@Nullable String region, @Nullable String postcode, @Nullable String country) {

	static final AddressForm EMPTY = new AddressForm(AddressType.WORK, "", "", "", "", "");

	static AddressForm of(PostalAddress a) {
		return new AddressForm(a.type(), String.join("\n", a.lines()), a.city(), a.region(), a.postcode(),
				a.country() == null ? null : PostalAddresses.countryName(a.country(), Locale.ENGLISH));
	}

	/** Nothing typed but perhaps a type or a country: no address. */
	boolean blank() {
		return Stream.of(lines, city, region, postcode).allMatch(s -> s == null || s.isBlank());
	}

	PostalAddress address() {
		List<String> street = lines == null ? List.of()
				: Arrays.stream(lines.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
		return new PostalAddress(type, street, city, region, postcode, PostalAddresses.countryCode(country));
	}
}
