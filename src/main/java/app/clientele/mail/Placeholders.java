package app.clientele.mail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Fills {@code {{name}}} placeholders. In an HTML part every value is HTML-escaped (and its line
 * breaks become {@code <br>}), so no value can add markup; the template itself is the ADMIN's
 * HTML. A placeholder without a value renders as nothing. Every email is filled here, templates and
 * the texts of campaigns alike, so {@code {{ contactName }}} means the same wherever it is written.
 */
public final class Placeholders {

	static final String LINK = "link";
	static final String COMPANY_NAME = "companyName";

	/** Every placeholder a template may use. */
	static final List<String> KNOWN = List.of("contactName", "contactFirstName", "accountName", COMPANY_NAME, LINK,
			"validHours", "validFor", "documentType", "documentNumber", "documentTitle", "amount", "currency", "dueDate", "subject",
			"body");

	/** A name, or {@code custom.<key>} for a contact's custom field. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*(?:\\.[a-z][a-z0-9_]{0,59})?)\\s*}}");

	static final String CUSTOM = "custom.";

	private Placeholders() {
	}

	/** {@code template} with {@code values} filled in, as plain text (a subject, a text part, a campaign's body). */
	public static String text(String template, Map<String, String> values) {
		return fill(template, values, false);
	}

	static String html(String template, Map<String, String> values) {
		return fill(template, values, true);
	}

	/** The placeholders a template uses that are not {@link #KNOWN} nor {@code custom.<key>} of a field in {@code customKeys}. */
	static Set<String> unknown(String template, Set<String> customKeys) {
		Set<String> unknown = new LinkedHashSet<>();
		Matcher m = PLACEHOLDER.matcher(template);
		while (m.find()) {
			String name = m.group(1);
			boolean custom = name.startsWith(CUSTOM) && customKeys.contains(name.substring(CUSTOM.length()));
			if (!KNOWN.contains(name) && !custom) {
				unknown.add(m.group(1));
			}
		}
		return unknown;
	}

	static String escape(String value) {
		return HtmlUtils.htmlEscape(value, "UTF-8").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
	}

	private static String fill(String template, Map<String, String> values, boolean html) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder(template.length() + 64);
		while (m.find()) {
			String value = values.getOrDefault(m.group(1), "");
			m.appendReplacement(out, Matcher.quoteReplacement(html ? escape(value) : value));
		}
		m.appendTail(out);
		return out.toString();
	}
}
