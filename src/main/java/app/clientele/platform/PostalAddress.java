package app.clientele.platform;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A postal address as staff and clients send it: a type, up to four street lines, city, region
 * (state, province, county), postcode and the country as an ISO 3166-1 alpha-2 code. The limits of
 * each part are declared here; {@link PostalAddresses} checks the country and the postcode's shape.
 */
public record PostalAddress(@NotNull(message = "must be WORK, HOME, BILLING or SHIPPING") @Nullable AddressType type,
		@Size(max = PostalAddresses.MAX_LINES, message = "must be at most {max}")
		@Nullable List<@TextLimit(max = PostalAddresses.MAX_TEXT) @Printable @Nullable String> lines,
		@TextLimit(max = PostalAddresses.MAX_TEXT) @Printable @Nullable String city,
		@TextLimit(max = PostalAddresses.MAX_TEXT) @Printable @Nullable String region,
		@TextLimit(max = PostalAddresses.MAX_POSTCODE) @Printable @Nullable String postcode,
		@Nullable String country) {

	public PostalAddress {
		lines = lines == null ? List.of() : lines.stream().filter(l -> l != null).toList();
	}
}
