package app.clientele.platform.web;

import java.util.Locale;

import app.clientele.platform.PostalAddress;
import app.clientele.platform.PostalAddresses;
import org.springframework.stereotype.Component;

/**
 * An address on one line as the console shows it, the country by its name; templates of every
 * module call {@code @addresses.line(a)}.
 */
@Component("addresses")
class AddressDisplay {

	public String line(PostalAddress a) {
		String line = PostalAddresses.oneLine(a);
		if (a.country() == null) {
			return line;
		}
		// oneLine ends with the country's code
		String before = line.substring(0, line.length() - a.country().length());
		return before + PostalAddresses.countryName(a.country(), Locale.ENGLISH);
	}
}
