package app.clientele.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.clientele.audit.AuditEntry;
import org.springframework.stereotype.Component;

/**
 * An entry's details as short lines for the audit page: a change as "field: before → after",
 * anything else as "key: value". The CSV and the API carry the details whole.
 */
@Component("auditWords")
class AuditWords {

	static final int LONGEST = 120;

	public List<String> details(AuditEntry entry) {
		List<String> lines = new ArrayList<>();
		entry.details().forEach((key, value) -> {
			if (value instanceof Map<?, ?> change && change.containsKey("before") && change.containsKey("after")) {
				lines.add(key + ": " + shown(change.get("before")) + " → " + shown(change.get("after")));
			}
			else {
				lines.add(key + ": " + shown(value));
			}
		});
		return lines;
	}

	private static String shown(Object value) {
		String text = value == null ? "–" : String.valueOf(value);
		return text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text;
	}
}
