package app.clientele.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pairs of one account's contacts whose folded names ({@code search_name}) are similar enough
 * to count as the check at creation counts them, each pair once. Every pair of an account is
 * compared, so the comparison must be cheap: pg_trgm's similarity() makes both names' trigrams
 * again on each call (some microseconds a pair, and an account of 400 contacts has 80,000 pairs),
 * here each name's trigrams are made once and compared as sorted numbers ({@link Trigrams}' rules).
 * The pairs that come close to the threshold, and every pair with a character outside ASCII (where
 * Java's and PostgreSQL's idea of a letter may differ), are then scored by pg_trgm itself: the
 * scores and the threshold are the database's, exactly.
 */
@Component
class SimilarNames {

	/** More than float rounding: on ASCII names Java's trigrams are pg_trgm's. */
	private static final double MARGIN = 0.01;

	private final JdbcClient jdbc;

	SimilarNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Two contacts of one account whose names are similar enough to count, {@code a} read first. */
	record Similar(UUID a, UUID b, UUID accountId, double similarity) {
	}

	private record Named(UUID id, UUID accountId, String name, long[] trigrams, boolean ascii) {
	}

	/** The similar pairs among the accounts' contacts. */
	List<Similar> of(List<UUID> accounts) {
		if (accounts.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Named>> byAccount = new LinkedHashMap<>();
		jdbc.sql("SELECT id, account_id, search_name FROM contact WHERE account_id = ANY (CAST(:accounts AS uuid[]))")
				.param("accounts", accounts.toArray(UUID[]::new)).query(rs -> {
					UUID account = rs.getObject("account_id", UUID.class);
					byAccount.computeIfAbsent(account, a -> new ArrayList<>())
							.add(named(rs.getObject("id", UUID.class), account, rs.getString("search_name")));
				});
		List<Named[]> close = new ArrayList<>();
		for (List<Named> contacts : byAccount.values()) {
			for (int i = 0; i < contacts.size(); i++) {
				for (int j = i + 1; j < contacts.size(); j++) {
					Named a = contacts.get(i);
					Named b = contacts.get(j);
					if (!a.ascii() || !b.ascii()
							|| similarity(a.trigrams(), b.trigrams()) >= DuplicateFinder.SAME_ACCOUNT_NAME - MARGIN) {
						close.add(new Named[] { a, b });
					}
				}
			}
		}
		return scored(close);
	}

	/** pg_trgm's similarity of the close pairs, those reaching the threshold. */
	private List<Similar> scored(List<Named[]> close) {
		if (close.isEmpty()) {
			return List.of();
		}
		List<Similar> similar = new ArrayList<>();
		jdbc.sql("""
				SELECT i, s FROM (
				    SELECT i, similarity(a, b) AS s
				    FROM unnest(CAST(:as AS text[]), CAST(:bs AS text[])) WITH ORDINALITY AS p(a, b, i)
				    OFFSET 0) scored
				WHERE s >= :threshold
				""").param("as", close.stream().map(p -> p[0].name()).toArray(String[]::new))
				.param("bs", close.stream().map(p -> p[1].name()).toArray(String[]::new))
				.param("threshold", DuplicateFinder.SAME_ACCOUNT_NAME).query(rs -> {
					Named[] pair = close.get(rs.getInt("i") - 1);
					similar.add(new Similar(pair[0].id(), pair[1].id(), pair[0].accountId(), rs.getDouble("s")));
				});
		return similar;
	}

	private static Named named(UUID id, UUID accountId, String name) {
		long[] trigrams = Trigrams.of(name).stream().mapToLong(SimilarNames::code).sorted().toArray();
		return new Named(id, accountId, name, trigrams, name.chars().allMatch(c -> c < 128));
	}

	/** A trigram as one number: three 16-bit characters. */
	private static long code(String trigram) {
		return ((long) trigram.charAt(0) << 32) | ((long) trigram.charAt(1) << 16) | trigram.charAt(2);
	}

	/** Shared trigrams over the trigrams of either, as pg_trgm counts them; both sorted. */
	static double similarity(long[] a, long[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int shared = 0;
		for (int i = 0, j = 0; i < a.length && j < b.length;) {
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return (double) shared / (a.length + b.length - shared);
	}

	/** For the tests: the similarity of two folded names as the pre-filter computes it. */
	static double similarity(String a, String b) {
		return similarity(named(new UUID(0, 0), new UUID(0, 0), a).trigrams(),
				named(new UUID(0, 0), new UUID(0, 0), b).trigrams());
	}
}
