package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import app.clientele.accounts.AccountPortalRules;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactIsArchived;
import app.clientele.contacts.PreferredChannel;
import app.clientele.contacts.Stage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Who may have portal access: each rule, and the first broken one is the answer. */
class PortalEligibilityTests {

	static final UUID ACCOUNT = UUID.randomUUID();
	static final AccountPortalRules OPEN = rules(true, true);
	static final BiPredicate<String, UUID> NO_OTHER_LOGIN = (email, except) -> false;

	@Test
	void allowsActiveContactOfActiveAccountWithPortalOnAndItsOwnEmail() {
		assertThat(PortalEligibility.problem(contact("ada@example.com", null), OPEN, NO_OTHER_LOGIN)).isNull();
	}

	@Test
	void refusesArchivedContact() {
		assertThat(PortalEligibility.problem(contact("ada@example.com", Instant.now()), OPEN, NO_OTHER_LOGIN))
				.isInstanceOf(ContactIsArchived.class);
	}

	@Test
	void refusesContactWithoutAccount() {
		assertThat(PortalEligibility.problem(contact("ada@example.com", null), null, NO_OTHER_LOGIN))
				.isInstanceOf(AccountInactive.class);
	}

	@Test
	void refusesContactOfInactiveAccount() {
		assertThat(PortalEligibility.problem(contact("ada@example.com", null), rules(false, true), NO_OTHER_LOGIN))
				.isInstanceOf(AccountInactive.class);
	}

	@Test
	void refusesContactWhoseAccountClassHasThePortalOff() {
		assertThat(PortalEligibility.problem(contact("ada@example.com", null), rules(true, false), NO_OTHER_LOGIN))
				.isInstanceOf(PortalOffForClass.class);
	}

	@Test
	void refusesContactWithoutAValidEmail() {
		assertThat(PortalEligibility.problem(contact(null, null), OPEN, NO_OTHER_LOGIN))
				.isInstanceOf(PortalEmailMissing.class);
		assertThat(PortalEligibility.problem(contact("ada-at-example.com", null), OPEN, NO_OTHER_LOGIN))
				.isInstanceOf(PortalEmailMissing.class);
	}

	@Test
	void refusesSharedMailboxAsLogin() {
		assertThat(PortalEligibility.problem(contact("info@example.com", null), OPEN, NO_OTHER_LOGIN))
				.isInstanceOf(SharedMailboxLogin.class);
	}

	@Test
	void refusesEmailThatIsAnotherContactsLogin() {
		Contact ada = contact("ada@example.com", null);
		List<Object> asked = new ArrayList<>();
		BiPredicate<String, UUID> taken = (email, except) -> {
			asked.add(email);
			asked.add(except);
			return true;
		};
		assertThat(PortalEligibility.problem(ada, OPEN, taken)).isInstanceOf(PortalEmailTaken.class);
		assertThat(asked).as("the email asked about, and the contact whose own login does not count")
				.containsExactly("ada@example.com", ada.id());
	}

	@Test
	void asksTheDatabaseAboutOtherLoginsOnlyWhenEveryOtherRuleHolds() {
		BiPredicate<String, UUID> mustNotAsk = (email, except) -> {
			throw new AssertionError("asked about other logins for " + email);
		};
		assertThat(PortalEligibility.problem(contact("info@example.com", null), OPEN, mustNotAsk))
				.isInstanceOf(SharedMailboxLogin.class);
		assertThat(PortalEligibility.problem(contact("ada@example.com", null), rules(true, false), mustNotAsk))
				.isInstanceOf(PortalOffForClass.class);
	}

	@Test
	void reportsTheFirstBrokenRule() {
		assertThat(PortalEligibility.problem(contact(null, Instant.now()), rules(false, false), NO_OTHER_LOGIN))
				.isInstanceOf(ContactIsArchived.class);
		assertThat(PortalEligibility.problem(contact(null, null), rules(false, false), NO_OTHER_LOGIN))
				.isInstanceOf(AccountInactive.class);
	}

	static AccountPortalRules rules(boolean accountActive, boolean portalEnabled) {
		return new AccountPortalRules(ACCOUNT, "Acme", accountActive, null, portalEnabled, false, false);
	}

	static Contact contact(@Nullable String email, @Nullable Instant archivedAt) {
		Instant now = Instant.now();
		return new Contact(UUID.randomUUID(), ACCOUNT, "Ada", null, "Lovelace", null, Set.of(), Stage.CLIENT, email,
				List.of(), null, null, PreferredChannel.ANY, false, false, false, false, false, false, Set.of(),
				List.of(), archivedAt, now, 0, now, now, null, null, List.of());
	}
}
