package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.clientele.TestData;
import app.clientele.accounts.AccountDetails;
import app.clientele.accounts.AccountId;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountStatus;
import app.clientele.platform.IfMatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The contacts module with only the modules it uses (accounts, staff, platform), on a fresh
 * database of the tests' embedded PostgreSQL: the events it publishes for the other modules,
 * without booting those modules.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ContactsModuleIntegrationTests {

	@Autowired
	ContactManagement contacts;

	@Autowired
	ContactLifecycle lifecycle;

	@Autowired
	AccountManagement accounts;

	@Test
	void creatingAContactPublishesContactCreatedWithItsAccountsRules(Scenario scenario) {
		UUID account = newAccount();
		String email = TestData.email("ada");
		scenario.stimulate(() -> contacts.create(account, person("Ada", "Lovelace", email)))
				.andWaitForEventOfType(ContactCreated.class)
				.matching(e -> email.equals(e.contact().email()))
				.toArriveAndVerify(e -> {
					assertThat(e.contact().accountId()).isEqualTo(account);
					assertThat(e.account()).isNotNull();
					assertThat(e.account().accountId()).isEqualTo(account);
					assertThat(e.account().accountActive()).isTrue();
				});
	}

	@Test
	void archivingPublishesContactArchivedWithTheArchivedContact(Scenario scenario) {
		UUID account = newAccount();
		Contact contact = contacts.create(account, person("Grace", "Hopper", TestData.email("grace")));
		scenario.stimulate(() -> lifecycle.archive(contact.id(), IfMatch.ANY))
				.andWaitForEventOfType(ContactArchived.class)
				.matching(e -> e.contact().id().equals(contact.id()))
				.toArriveAndVerify(e -> assertThat(e.contact().active()).isFalse());
	}

	@Test
	void movingPublishesContactMovedFromAndToItsAccounts(Scenario scenario) {
		UUID from = newAccount();
		UUID to = newAccount();
		Contact contact = contacts.create(from, person("Alan", "Turing", TestData.email("alan")));
		scenario.stimulate(() -> lifecycle.move(new ContactId(contact.id()), new AccountId(to), IfMatch.ANY))
				.andWaitForEventOfType(ContactMoved.class)
				.matching(e -> e.contact().id().equals(contact.id()))
				.toArriveAndVerify(e -> {
					assertThat(e.fromAccountId()).isEqualTo(from);
					assertThat(e.toAccountId()).isEqualTo(to);
					assertThat(e.contact().accountId()).isEqualTo(to);
				});
	}

	@Test
	void firstContactOfAnAccountBecomesItsPrimary(Scenario scenario) {
		UUID account = newAccount();
		scenario.stimulate(() -> contacts.create(account, person("Edsger", "Dijkstra", TestData.email("edsger"))))
				.andWaitForEventOfType(PrimaryContactChanged.class)
				.matching(e -> e.accountId().equals(account))
				.toArriveAndVerify((e, contact) -> {
					assertThat(e.primaryContactId()).isEqualTo(contact.id());
					assertThat(e.reason()).isEqualTo(PrimaryContactChanged.Reason.FIRST_CONTACT);
					assertThat(contact.primary()).isTrue();
				});
	}

	@Test
	void archivingThePrimaryPromotesTheLongestStanding(Scenario scenario) {
		UUID account = newAccount();
		Contact first = contacts.create(account, person("Barbara", "Liskov", TestData.email("barbara")));
		Contact second = contacts.create(account, person("Donald", "Knuth", TestData.email("donald")));
		scenario.stimulate(() -> lifecycle.archive(first.id(), IfMatch.ANY))
				.andWaitForEventOfType(PrimaryContactChanged.class)
				.matching(e -> e.accountId().equals(account) && e.reason() == PrimaryContactChanged.Reason.PROMOTED)
				.toArriveAndVerify(e -> {
					assertThat(e.primaryContactId()).isEqualTo(second.id());
					assertThat(e.previousPrimaryId()).isEqualTo(first.id());
				});
	}

	UUID newAccount() {
		return accounts.create(new AccountDetails("Acct " + TestData.suffix(), null, null, AccountStatus.ACTIVE)).id();
	}

	static NewContact person(String first, String last, String email) {
		ContactDetails details = new ContactDetails(first, null, last, null, Set.of(), Stage.CLIENT, email, List.of(),
				null, null, PreferredChannel.ANY, false, false, false, false, false, Set.of(), List.of());
		return new NewContact(details, true, false, false, null, true);
	}
}
