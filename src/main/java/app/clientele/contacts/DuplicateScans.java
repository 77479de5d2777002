package app.clientele.contacts;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.clientele.jobs.Job;
import app.clientele.jobs.JobId;
import app.clientele.jobs.Jobs;
import app.clientele.platform.Actor;
import app.clientele.platform.Cursor;
import app.clientele.platform.InvalidCursor;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.NotFound;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duplicates already on record: scans that find them in the background (a job of the jobs module)
 * and the queue of pairs staff review, highest score first. "Not a duplicate" is remembered: a
 * dismissed pair is never listed again, whatever later scans find.
 */
@Service
public class DuplicateScans {

	/** Possible duplicates a contact's page shows. */
	static final int OF_A_CONTACT = 10;

	private final Jobs jobs;
	private final JdbcClient jdbc;
	private final DuplicatePairStore pairs;

	DuplicateScans(Jobs jobs, JdbcClient jdbc, DuplicatePairStore pairs) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.pairs = pairs;
	}

	/** Starts a scan of every contact, or of one account's when {@code accountId} is given. */
	@Transactional
	public DuplicateScan start(@Nullable UUID accountId) {
		if (accountId != null && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM account_directory WHERE id = :id)")
				.param("id", accountId).query(Boolean.class).single()) {
			throw new InvalidInput("accountId", "is not an account");
		}
		Job job = jobs.submit(DuplicateScanJob.KIND, accountId == null ? "{}" : "{\"accountId\":\"" + accountId + "\"}");
		jdbc.sql("INSERT INTO contact_duplicate_scan (id, account_id, started_by) VALUES (:id, :account, :by)")
				.param("id", job.id().value()).param("account", accountId).param("by", Actor.current().id()).update();
		return scan(job, accountId);
	}

	/** A scan as it stands; any staff member who may scan sees every scan. */
	@Transactional(readOnly = true)
	public DuplicateScan get(UUID id) {
		List<@Nullable UUID> account = jdbc.sql("SELECT account_id FROM contact_duplicate_scan WHERE id = :id")
				.param("id", id).query((rs, n) -> rs.getObject("account_id", UUID.class)).list();
		Job job = jobs.find(new JobId(id)).filter(j -> !account.isEmpty() && j.kind().equals(DuplicateScanJob.KIND))
				.orElseThrow(() -> new NotFound("Duplicate scan", id));
		return scan(job, account.getFirst());
	}

	private static DuplicateScan scan(Job job, @Nullable UUID accountId) {
		return new DuplicateScan(job.id().value(), accountId, job.status().name(), job.percent(),
				job.status().finished());
	}

	/** Pairs not dismissed, highest score first; of one account's contacts or with one reason when given. */
	@Transactional(readOnly = true)
	public Page<DuplicatePair> queue(@Nullable UUID accountId, @Nullable String reason, PageRequest page) {
		if (reason != null && Arrays.stream(DuplicateReason.values()).noneMatch(r -> r.name().equals(reason))) {
			throw new InvalidInput("reason", "must be one of SAME_EMAIL, SAME_PHONE, SIMILAR_NAME");
		}
		Cursor after = page.cursor(2);
		BigDecimal afterScore = after == null ? null : score(after.value(0));
		List<DuplicatePairStore.Stored> stored = pairs.queue(accountId, reason, afterScore,
				after == null ? null : after.uuid(1), page.fetchSize());
		return Page.of(withPeople(stored), page.limit(),
				p -> Cursor.of(BigDecimal.valueOf(p.score()).toPlainString(), p.id().toString()));
	}

	private static BigDecimal score(String text) {
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			throw new InvalidCursor();
		}
	}

	/** The contact's possible duplicates (pairs with it, not dismissed), highest score first. */
	@Transactional(readOnly = true)
	public List<DuplicatePair> of(UUID contactId) {
		return withPeople(pairs.of(contactId, OF_A_CONTACT));
	}

	/** "Not a duplicate": the pair is never listed again, nor brought back by a later scan. */
	@Transactional
	public void dismiss(UUID pairId) {
		if (!pairs.dismiss(pairId, Actor.current().id())) {
			throw new NotFound("Duplicate pair", pairId);
		}
	}

	private List<DuplicatePair> withPeople(List<DuplicatePairStore.Stored> stored) {
		List<UUID> ids = stored.stream().flatMap(s -> Stream.of(s.a(), s.b())).distinct().toList();
		Map<UUID, DuplicatePair.Person> people = pairs.people(ids).stream()
				.collect(Collectors.toMap(DuplicatePair.Person::id, Function.identity()));
		return stored.stream().map(s -> new DuplicatePair(s.id(), List.of(s.a(), s.b()), s.score().doubleValue(),
				s.reasons(), s.nameSimilarity(), List.of(people.get(s.a()), people.get(s.b())))).toList();
	}
}
