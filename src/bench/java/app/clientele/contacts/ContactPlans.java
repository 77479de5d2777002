package app.clientele.contacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.platform.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The query plans of contact search, the duplicate check and the account contact list, taken
 * from the app's own code ({@link ContactSearch}, {@link DuplicateFinder}, {@link Contacts}) with
 * PostgreSQL's auto_explain (ANALYZE, BUFFERS): the exact SQL the app sends, with its parameters,
 * on one connection that behaves like a pooled one (the driver switches to server-side prepared
 * statements after five runs, after which PostgreSQL may choose a generic plan, so every query
 * shape runs many times with different values and each run's plan is kept).
 */
public final class ContactPlans {

	private static final Pattern DURATION = Pattern.compile("duration: ([0-9.]+) ms");

	private final List<String> captured = new ArrayList<>();
	private final ContactSearch search;
	private final DuplicateFinder duplicates;
	private final Contacts contacts;
	private final Map<String, List<Double>> durations = new LinkedHashMap<>();
	private final Map<String, Integer> seqScans = new LinkedHashMap<>();
	private final Path directory;

	/** What to ask: search terms by kind, probes for the duplicate check, accounts to list, contacts to read. */
	public record Inputs(Map<String, List<String>> searchTerms, List<Probe> probes, List<UUID> accounts,
			List<UUID> contactIds) {
	}

	public record Probe(UUID accountId, String firstName, String lastName, String email, String e164) {
	}

	private ContactPlans(Connection connection, Path directory) {
		JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(connection, true)) {
			@Override
			protected void handleWarnings(Statement statement) throws SQLException {
				for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
					captured.add(w.getMessage());
				}
			}
		};
		JdbcClient jdbc = JdbcClient.create(new NamedParameterJdbcTemplate(template));
		this.contacts = new Contacts(jdbc);
		this.search = new ContactSearch(jdbc, new ContactFilterSql(jdbc, classId -> List.of(), ContactFilterSql.FEW));
		this.duplicates = new DuplicateFinder(jdbc);
		this.directory = directory;
	}

	/** Writes one file per query kind into {@code directory} and returns a summary, one line per kind. */
	public static List<String> write(Connection connection, Path directory, Inputs inputs) throws Exception {
		try (Statement s = connection.createStatement()) {
			s.execute("LOAD 'auto_explain'");
			s.execute("SET auto_explain.log_min_duration = 0");
			s.execute("SET auto_explain.log_analyze = on");
			s.execute("SET auto_explain.log_buffers = on");
			s.execute("SET auto_explain.log_settings = on");
			s.execute("SET auto_explain.log_level = notice");
		}
		Files.createDirectories(directory);
		ContactPlans plans = new ContactPlans(connection, directory);
		inputs.searchTerms().forEach((kind, terms) -> plans.file("search-" + kind, terms, term -> plans.search
				.search(term, ContactFilter.of(null, term, false), () -> "US", PageRequest.first(PageRequest.DEFAULT_LIMIT))));
		plans.file("duplicates", inputs.probes(), p -> plans.duplicates.find(new DuplicateFinder.Probe(p.accountId(),
				p.firstName(), p.lastName(), p.email(), p.e164() == null ? List.of() : List.of(p.e164()), null)));
		plans.file("account-contacts", inputs.accounts(), id -> plans.search.list(ContactFilter.of(id, null, false),
				PageRequest.first(PageRequest.DEFAULT_LIMIT)));
		plans.file("get-by-id", inputs.contactIds(), plans.contacts::find);
		List<String> summary = new ArrayList<>();
		plans.durations.forEach((kind, times) -> {
			List<Double> sorted = times.stream().sorted().toList();
			summary.add("%-26s statements %3d  median %7.3f ms  max %8.3f ms  seq scans on big tables: %d".formatted(kind,
					sorted.size(), sorted.get(sorted.size() / 2), sorted.getLast(), plans.seqScans.getOrDefault(kind, 0)));
		});
		Files.write(directory.resolve("SUMMARY.txt"), summary);
		return summary;
	}

	private interface Call<T> {
		void run(T value) throws Exception;
	}

	private <T> void file(String kind, List<T> values, Call<T> call) {
		StringBuilder out = new StringBuilder();
		out.append("# ").append(kind).append(": auto_explain (ANALYZE, BUFFERS) of every statement the app runs,\n")
				.append("# one block per input value, in the order they ran on one connection.\n\n");
		int run = 0;
		for (T value : values) {
			captured.clear();
			try {
				call.run(value);
			}
			catch (Exception e) {
				throw new IllegalStateException(kind + " " + value, e);
			}
			out.append("=== ").append(kind).append(" run ").append(++run).append(": ").append(value).append('\n');
			for (String plan : captured) {
				if (plan.contains("Query Text: \n") || plan.matches("(?s).*Query Text:\\s*\n(Query Parameters.*\n)?Result .*")) {
					continue; // the planner folding fold(:term) to a constant runs the SQL function once
				}
				out.append(plan.strip()).append("\n\n");
				Matcher m = DURATION.matcher(plan);
				if (m.find()) {
					durations.computeIfAbsent(kind, k -> new ArrayList<>()).add(Double.parseDouble(m.group(1)));
				}
				if (plan.matches("(?s).*Seq Scan on (contact|contact_phone|account|contact_site)\\b.*")) {
					seqScans.merge(kind, 1, Integer::sum);
				}
			}
		}
		try {
			Files.writeString(directory.resolve(kind + ".txt"), out);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
