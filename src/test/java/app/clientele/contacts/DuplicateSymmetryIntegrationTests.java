package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.accounts.AccountDetails;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The duplicate rules are symmetric: if B is flagged as a likely duplicate of A, A is flagged as
 * one of B, with the same score and reasons. The rules live in SQL (email, E.164 phone, trigram
 * name similarity), so random pairs of related people are tried against the database.
 */
@IntegrationTest
class DuplicateSymmetryIntegrationTests {

	private static final List<String> FIRST = List.of("Katarzyna", "Anna", "José", "Mary Ann", "Zoë", "Li");
	private static final List<String> LAST = List.of("Nowak", "O'Brien", "Müller", "Smith-Jones", "Çelik", "Ng");

	@Autowired
	ContactManagement contacts;

	@Autowired
	DuplicateFinder finder;

	@Autowired
	AccountManagement accounts;

	@Test
	void ifAFlagsBThenBFlagsA() {
		Random random = new Random(20261203);
		for (int pair = 0; pair < 40; pair++) {
			String marker = TestData.suffix();
			UUID home = account();
			Contact a = create(home, FIRST.get(random.nextInt(FIRST.size())), LAST.get(random.nextInt(LAST.size())) + marker,
					random.nextBoolean() ? "Person." + marker + "@Example.com" : null,
					random.nextBoolean() ? TestData.phone() : null);
			UUID bAccount = random.nextBoolean() ? home : account();
			String first = random.nextInt(3) == 0 ? a.firstName() : FIRST.get(random.nextInt(FIRST.size()));
			String last = switch (random.nextInt(3)) {
				case 0 -> a.lastName();
				case 1 -> a.lastName().substring(0, a.lastName().length() - 1) + "x";
				default -> LAST.get(random.nextInt(LAST.size())) + TestData.suffix();
			};
			// the same email twice in one account is refused outright, so only elsewhere
			String email = a.email() != null && !bAccount.equals(home) && random.nextBoolean()
					? a.email().toLowerCase(Locale.ROOT) : null;
			String phone = !a.phones().isEmpty() && random.nextBoolean() ? "+1 " + a.phones().getFirst().e164().substring(2) : null;
			Contact b = create(bAccount, first, last, email, phone);

			Optional<DuplicateCandidate> bSeesA = candidate(b, a);
			Optional<DuplicateCandidate> aSeesB = candidate(a, b);
			assertThat(aSeesB.isPresent()).as("pair %d: %s flagged as %s, the other way round %s", pair, b.name(), bSeesA,
					aSeesB).isEqualTo(bSeesA.isPresent());
			if (bSeesA.isPresent()) {
				assertThat(aSeesB.get().score()).as("pair %d score", pair).isEqualTo(bSeesA.get().score());
				assertThat(aSeesB.get().reasons()).as("pair %d reasons", pair).isEqualTo(bSeesA.get().reasons());
			}
		}
	}

	/** {@code other} among the candidates the finder gives for {@code of} (as if {@code of} were typed in again). */
	private Optional<DuplicateCandidate> candidate(Contact of, Contact other) {
		return finder.find(new DuplicateFinder.Probe(of.accountId(), of.firstName(), of.lastName(), of.email(),
				of.phones().stream().map(Phone::e164).toList(), of.id())).stream()
				.filter(c -> c.contactId().equals(other.id())).findFirst();
	}

	private UUID account() {
		return accounts.create(new AccountDetails("Twins " + UUID.randomUUID(), null, null, AccountStatus.ACTIVE)).id();
	}

	private Contact create(UUID account, String first, String last, String email, String phone) {
		List<ContactDetails.PhoneInput> phones = phone == null ? List.of()
				: List.of(new ContactDetails.PhoneInput(PhoneType.MOBILE, phone));
		return contacts.create(account, new NewContact(new ContactDetails(first, null, last, null, Set.of(), null, email,
				phones, null, null, PreferredChannel.ANY, false, false, false, false, false, Set.of(), List.of()), true, false,
				false, null, true));
	}
}
