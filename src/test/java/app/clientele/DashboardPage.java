package app.clientele;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The console's dashboard as served: its attention items and chart bars, read by their data attributes. */
public record DashboardPage(String html) {

	public static DashboardPage of(Console console) {
		return new DashboardPage(console.get("/").body());
	}

	public boolean shows(String block) {
		return html.contains("data-block=\"" + block + "\"");
	}

	public boolean hasItem(String key) {
		return html.contains("data-item=\"" + key + "\"");
	}

	/** The count of an attention item ({@code dashboard.attention.failed}). */
	public long item(String key) {
		return number(part("data-item=\"" + key + "\"", "</li>"), "class=\"count[^\"]*\">([\\d,]+)<");
	}

	public String itemLink(String key) {
		return link(part("data-item=\"" + key + "\"", "</li>"));
	}

	/** The count of a chart's bar ({@code dashboard.funnel.invited}). */
	public long bar(String key) {
		return number(part("data-bar=\"" + key + "\"", "</tr>"), "class=\"num\">([\\d,]+)<");
	}

	public @Nullable String barLink(String key) {
		String row = part("data-bar=\"" + key + "\"", "</tr>");
		return row.contains("href=") ? link(row) : null;
	}

	private String part(String start, String end) {
		int from = html.indexOf(start);
		if (from < 0) {
			throw new AssertionError("the dashboard has no " + start);
		}
		return html.substring(from, html.indexOf(end, from));
	}

	private static long number(String part, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(part);
		if (!m.find()) {
			throw new AssertionError("no number in " + part);
		}
		return Long.parseLong(m.group(1).replace(",", ""));
	}

	private static String link(String part) {
		Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(part);
		if (!m.find()) {
			throw new AssertionError("no link in " + part);
		}
		return m.group(1).replace("&amp;", "&");
	}
}
