package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.accounts.AccountDetails;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountStatus;
import app.clientele.platform.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Creating many contacts at once (an import's chunk) holds every rule of a single create: the
 * batch's duplicate check finds what the single one finds, a row is refused as a single create
 * would refuse it (the batch's own earlier rows counting as on record), the primary-contact rule
 * holds, and each contact gets its history entry.
 */
@IntegrationTest
class ContactBatchIntegrationTests {

	private static final List<String> FIRST = List.of("Katarzyna", "Anna", "José", "Mary Ann", "Zoë", "Li");
	private static final List<String> LAST = List.of("Nowak", "O'Brien", "Müller", "Smith-Jones", "Çelik", "Ng");

	@Autowired
	ContactBatch batch;

	@Autowired
	ContactManagement contacts;

	@Autowired
	DuplicateFinder finder;

	@Autowired
	DuplicateBatchFinder batchFinder;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBatchDuplicateCheckFindsWhatTheSingleCheckFinds() {
		Random random = new Random(20261203);
		List<DuplicateFinder.Probe> probes = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String marker = TestData.suffix();
			UUID home = account();
			Contact on = contacts.create(home, request(details(FIRST.get(random.nextInt(FIRST.size())),
					LAST.get(random.nextInt(LAST.size())) + marker, "p." + marker + "@example.com", TestData.phone()), true));
			UUID probeAccount = random.nextBoolean() ? home : account();
			String last = random.nextBoolean() ? on.lastName() : on.lastName().substring(0, on.lastName().length() - 1) + "x";
			probes.add(new DuplicateFinder.Probe(probeAccount, random.nextBoolean() ? on.firstName() : "Other", last,
					random.nextBoolean() ? on.email().toUpperCase(java.util.Locale.ROOT) : null,
					random.nextBoolean() ? List.of(on.phones().getFirst().e164()) : List.of(), null));
		}
		probes.add(new DuplicateFinder.Probe(null, "Nobody", "Atall" + TestData.suffix(), null, List.of(), null));
		List<List<DuplicateCandidate>> together = batchFinder.findAll(probes);
		for (int i = 0; i < probes.size(); i++) {
			assertThat(together.get(i)).as("probe %d", i).isEqualTo(finder.find(probes.get(i)));
		}
	}

	@Test
	void aBatchRefusesEachRowAsASingleCreateWouldCountingItsOwnEarlierRows() {
		UUID account = account();
		String taken = TestData.email("taken");
		contacts.create(account, request(details("Tara", "Taken", taken, null), false));
		String twice = TestData.email("twice");
		List<ContactBatch.Result> results = batch.createAll(List.of(
				row(account, details("Good", "Row", TestData.email("good"), null), false),
				row(account, details("Bad", "Phone", null, "12"), false),
				row(account, details("Tara", "Taken", taken, null), true),
				row(account, details("Tara", "Takenn", null, null), false),
				row(account, details("Twice", "First", twice, null), false),
				row(account, details("Twice", "Second", twice, null), true)));
		assertThat(results.get(0).created()).isNotNull();
		assertThat(results.get(1).refused()).isInstanceOf(InvalidInput.class);
		assertThat(results.get(2).refused()).isInstanceOfSatisfying(DuplicateContact.class,
				d -> assertThat(d.confirmable()).isFalse());
		assertThat(results.get(3).refused()).isInstanceOfSatisfying(DuplicateContact.class,
				d -> assertThat(d.confirmable()).isTrue());
		assertThat(results.get(4).created()).isNotNull();
		assertThat(results.get(5).refused()).isInstanceOfSatisfying(DuplicateContact.class,
				d -> assertThat(d.candidates()).extracting(DuplicateCandidate::contactId)
						.containsExactly(results.get(4).created().id()));
	}

	@Test
	void aSimilarNameEarlierInTheSameBatchAndAccountIsALikelyDuplicateScoredAsTheDatabaseScoresIt() {
		List<String[]> pairs = List.of(new String[] { "katarzyna nowak", "katarzina nowak" },
				new String[] { "mary ann o'brien", "maryann obrien" }, new String[] { "li ng", "li ng jr" },
				new String[] { "jose muller-smith", "jose muller smith" }, new String[] { "anna", "hanna" });
		for (String[] p : pairs) {
			double database = jdbc.sql("SELECT similarity(:a, :b)").param("a", p[0]).param("b", p[1])
					.query(Double.class).single();
			assertThat(Trigrams.similarity(Trigrams.of(p[0]), Trigrams.of(p[1]))).as("%s / %s", p[0], p[1])
					.isCloseTo(database, org.assertj.core.api.Assertions.within(0.001));
		}
		UUID account = account();
		String last = "Nowak" + TestData.suffix();
		List<ContactBatch.Result> results = batch.createAll(List.of(
				row(account, details("Katarzyna", last, null, null), false),
				row(account, details("Katarzina", last, null, null), false)));
		assertThat(results.get(0).created()).isNotNull();
		assertThat(results.get(1).refused()).isInstanceOfSatisfying(DuplicateContact.class,
				d -> assertThat(d.candidates()).extracting(DuplicateCandidate::contactId)
						.containsExactly(results.get(0).created().id()));
	}

	@Test
	void primaryContactRuleHoldsAfterABatchAndEachContactHasItsCreatedEntry() {
		UUID account = account();
		List<ContactBatch.Result> results = batch.createAll(List.of(
				row(account, details("One", "Primary" + TestData.suffix(), null, null), false),
				row(account, details("Two", "Other" + TestData.suffix(), null, null), false),
				row(account, details("Three", "Other" + TestData.suffix(), null, null), false)));
		UUID first = results.getFirst().created().id();
		assertThat(jdbc.sql("SELECT id FROM contact WHERE account_id = :a AND is_primary").param("a", account)
				.query(UUID.class).list()).containsExactly(first);
		assertThat(results.getFirst().created().version()).isEqualTo(contacts.get(first).version());
		for (ContactBatch.Result r : results) {
			assertThat(jdbc.sql("SELECT count(*) FROM activity_entry WHERE contact_id = :c AND type = 'CREATED'")
					.param("c", r.created().id()).query(Long.class).single()).isEqualTo(1);
		}
	}

	private ContactBatch.Row row(UUID account, ContactDetails details, boolean confirm) {
		return new ContactBatch.Row(account, request(details, confirm));
	}

	private static NewContact request(ContactDetails details, boolean confirm) {
		return new NewContact(details, true, false, false, null, confirm, false);
	}

	private static ContactDetails details(String first, String last, String email, String phone) {
		List<ContactDetails.PhoneInput> phones = phone == null ? List.of()
				: List.of(new ContactDetails.PhoneInput(PhoneType.MOBILE, phone));
		return new ContactDetails(first, null, last, null, Set.of(), null, email, phones, null, null,
				PreferredChannel.ANY, false, false, false, false, false, Set.of(), List.of());
	}

	private UUID account() {
		return accounts.create(new AccountDetails("Batch " + UUID.randomUUID(), null, null, AccountStatus.ACTIVE)).id();
	}
}
