package app.clientele.contacts.web;

import java.util.Locale;

import app.clientele.platform.PostalAddress;
import app.clientele.platform.PostalAddresses;
import org.springframework.stereotype.Component;

/** An address on one line as the console shows it, the country by its name; templates call {@code @addresses.line(a)}. */
@Component("addresses")
class AddressDisplay {

	public String line(PostalAddress a) {
		String line = PostalAddresses.oneLine(a);
		return a.country() == null ? line
				: line.substring(0, line.length() - a.country().length()) + PostalAddresses.countryName(a.country(), Locale.ENGLISH);
	}
}
