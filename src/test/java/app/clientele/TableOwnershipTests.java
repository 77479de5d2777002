package app.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module owns its tables: no other module names them in SQL (module verification cannot see
 * SQL, so this test reads it). Each module's {@code package-info} lists what it owns; this test
 * holds the same list and fails when a module's SQL names a table it does not own, or a table
 * appears that nobody owns. What a module publishes for the others to read is a view named for
 * its purpose (e.g. {@code account_directory}), which no entry here names as a table.
 */
class TableOwnershipTests {

	static final Path SOURCES = Path.of("src/main/java/app/clientele");
	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Every table and the one module that owns it (as its package-info says). */
	static final Map<String, String> OWNER = Map.ofEntries(
			Map.entry("sign_in_failure", "platform"), Map.entry("spring_session", "platform"),
			Map.entry("spring_session_attributes", "platform"),
			Map.entry("staff", "staff"), Map.entry("api_token", "staff"), Map.entry("settings", "staff"),
			Map.entry("account", "accounts"), Map.entry("account_class", "accounts"), Map.entry("site", "accounts"),
			Map.entry("account_name_word", "accounts"),
			Map.entry("contact", "contacts"), Map.entry("contact_phone", "contacts"),
			Map.entry("contact_site", "contacts"), Map.entry("contact_name_word", "contacts"),
			Map.entry("contact_merge", "contacts"), Map.entry("contact_merge_row", "contacts"),
			Map.entry("contact_duplicate_scan", "contacts"), Map.entry("contact_duplicate_pair", "contacts"),
			Map.entry("contact_reach_count", "contacts"),
			Map.entry("activity_entry", "activity"),
			Map.entry("portal_access", "portal"), Map.entry("portal_access_site", "portal"),
			Map.entry("portal_link", "portal"), Map.entry("self_registration", "portal"),
			Map.entry("login_request", "portal"),
			Map.entry("document", "documents"),
			Map.entry("notification_topics", "notifications"), Map.entry("document_delivery", "notifications"),
			Map.entry("marketing_list", "marketing"), Map.entry("marketing_list_member", "marketing"),
			Map.entry("marketing_opt_out", "marketing"), Map.entry("campaign", "marketing"),
			Map.entry("campaign_recipient", "marketing"), Map.entry("unsubscribe_link", "marketing"),
			Map.entry("email_template", "mail"), Map.entry("outbox_email", "mail"),
			Map.entry("job", "jobs"), Map.entry("job_failure", "jobs"),
			Map.entry("contact_import_upload", "imports"), Map.entry("contact_import_row", "imports"),
			Map.entry("contact_import", "imports"), Map.entry("contact_import_outcome", "imports"),
			Map.entry("contact_import_mapping", "imports"), Map.entry("custom_field", "fields"),
			Map.entry("audit_entry", "audit"), Map.entry("audit_head", "audit"),
			// Spring Modulith's event publication registry (V66), configured by platform; no module's
			// SQL names it.
			Map.entry("event_publication", "platform"));

	/**
	 * Reads across modules that are known and still to be moved behind the owner's API or a read
	 * model it publishes. Empty, and to stay so: a new entry is a new coupling.
	 */
	static final Set<String> KNOWN = Set.of();

	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
	private static final Pattern TABLE = Pattern.compile(
			"(?i)\\b(?:from|join|into|update|delete\\s+from|truncate|table)\\s+([a-z_][a-z0-9_]*)\\b");
	private static final int FIRST_CHECKED_MIGRATION = 56;
	private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__([a-z]+)_.*\\.sql");
	private static final Pattern MIGRATION_TABLE = Pattern.compile(
			"(?i)\\b(?:from|join|into|update|delete\\s+from|truncate|table|on)\\s+(?!(?:on|only)\\b)([a-z_][a-z0-9_]*)\\b");
	private static final Pattern CREATED = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	@Test
	void everyTableHasOneOwningModule() throws IOException {
		Set<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
				Matcher m = CREATED.matcher(read(f));
				while (m.find()) {
					created.add(m.group(1).toLowerCase());
				}
			});
		}
		assertThat(OWNER.keySet()).containsExactlyInAnyOrderElementsOf(created);
	}

	@Test
	void noModuleNamesATableItDoesNotOwnInItsSql() throws IOException {
		Map<String, Set<String>> foreign = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
				Path relative = SOURCES.relativize(f);
				if (relative.getNameCount() < 2) {
					return;
				}
				String module = relative.getName(0).toString();
				for (String table : tablesNamedIn(read(f))) {
					String owner = OWNER.get(table);
					if (owner != null && !owner.equals(module)) {
						foreign.computeIfAbsent(module + " reads " + owner + "." + table, k -> new TreeSet<>())
								.add(relative.toString());
					}
				}
			});
		}
		assertThat(foreign.keySet()).as("cross-module SQL: %s", foreign).isSubsetOf(KNOWN);
		assertThat(KNOWN).as("known couplings that are gone: drop them from KNOWN").isSubsetOf(foreign.keySet());
	}

	/**
	 * Migrations from {@value #FIRST_CHECKED_MIGRATION} on (when table ownership became a rule; new
	 * migrations take a number above every released one, so databases that ran those upgrade) are
	 * named {@code V<n>__<module>_<what>.sql} and touch only that module's tables: a trigger on
	 * another module's table is a write to it. Earlier migrations are history and cannot change
	 * (V51 put the account-name words' trigger on account while contacts owned the words; since
	 * V64 both belong to accounts).
	 */
	@Test
	void noMigrationTouchesATableItsModuleDoesNotOwn() throws IOException {
		Map<String, String> foreign = new TreeMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
				Matcher name = MIGRATION.matcher(f.getFileName().toString());
				if (!name.matches() || Integer.parseInt(name.group(1)) < FIRST_CHECKED_MIGRATION) {
					assertThat(f.getFileName().toString()).as("a migration's name").matches("V\\d+__\\w+\\.sql");
					return;
				}
				String module = name.group(2);
				assertThat(OWNER.containsValue(module)).as("%s names no module", f.getFileName()).isTrue();
				Matcher m = MIGRATION_TABLE.matcher(withoutComments(read(f)));
				while (m.find()) {
					String owner = OWNER.get(m.group(1).toLowerCase());
					if (owner != null && !owner.equals(module)) {
						foreign.put(f.getFileName() + " touches " + owner + "." + m.group(1), module);
					}
				}
			});
		}
		assertThat(foreign).as("migrations touching another module's tables").isEmpty();
	}

	@Test
	void theMigrationScanSeesTriggersOnAnotherModulesTable() {
		String sql = "-- a comment FROM staff\nCREATE TRIGGER t AFTER UPDATE ON account FOR EACH ROW EXECUTE FUNCTION f();";
		Matcher m = MIGRATION_TABLE.matcher(withoutComments(sql));
		assertThat(m.find()).isTrue();
		assertThat(m.group(1)).isEqualTo("account");
		assertThat(m.find()).isFalse();
	}

	private static String withoutComments(String sql) {
		return sql.replaceAll("--[^\n]*", "");
	}

	@Test
	void theScanFindsTablesInTextBlocksAndStrings() {
		String code = "String a = \"\"\"\n    SELECT 1 FROM contact c JOIN account a ON a.id = c.account_id\n    \"\"\";"
				+ " String b = \"UPDATE portal_access SET x = 1\"; // from notes, not SQL: FROM staff";
		assertThat(tablesNamedIn(code)).containsExactlyInAnyOrder("contact", "account", "portal_access");
	}

	static Set<String> tablesNamedIn(String code) {
		Set<String> tables = new TreeSet<>();
		Matcher strings = STRING.matcher(code);
		while (strings.find()) {
			String text = strings.group(1) != null ? strings.group(1) : strings.group(2);
			Matcher m = TABLE.matcher(text);
			while (m.find()) {
				tables.add(m.group(1).toLowerCase());
			}
		}
		return tables;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
