package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.TestData;
import app.clientele.accounts.AccountDetails;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountStatus;
import app.clientele.contacts.Emailability.Purpose;
import app.clientele.contacts.Emailability.Reason;
import app.clientele.platform.IfMatch;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The emailability rule read three ways (one contact, a set of ids, the view for SQL readers)
 * gives one answer for every reason, so no audience drifts from a single send.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class EmailabilityIntegrationTests {

	@Autowired
	ContactManagement contacts;

	@Autowired
	ContactLifecycle lifecycle;

	@Autowired
	ContactEmailability emailability;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void viewSetAndSingleContactGiveTheSameReasonForEveryStoredFact() {
		UUID account = accounts.create(new AccountDetails("Acct " + TestData.suffix(), null, null, AccountStatus.ACTIVE))
				.id();
		UUID optedIn = create(account, TestData.email("opted"), false, true);
		UUID notOptedIn = create(account, TestData.email("plain"), false, false);
		UUID doNotEmail = create(account, TestData.email("dne"), true, true);
		UUID noEmail = create(account, null, false, true);
		UUID archived = create(account, TestData.email("gone"), false, true);
		lifecycle.archive(archived, IfMatch.ANY);
		UUID invalid = create(account, TestData.email("bad"), false, true);
		jdbc.sql("UPDATE contact SET email = 'bad@localhost' WHERE id = :id").param("id", invalid).update();

		expect(optedIn, null, null);
		expect(notOptedIn, null, Reason.NOT_OPTED_IN);
		expect(doNotEmail, Reason.DO_NOT_EMAIL, Reason.DO_NOT_EMAIL);
		expect(noEmail, Reason.NO_EMAIL, Reason.NO_EMAIL);
		expect(archived, Reason.ARCHIVED, Reason.ARCHIVED);
		expect(invalid, Reason.INVALID_EMAIL, Reason.INVALID_EMAIL);
	}

	private void expect(UUID id, @Nullable Reason transactional, @Nullable Reason marketing) {
		Contact contact = contacts.get(id);
		assertThat(contact.emailability(Purpose.TRANSACTIONAL).reason()).as("transactional").isEqualTo(transactional);
		assertThat(contact.emailability(Purpose.MARKETING).reason()).as("marketing").isEqualTo(marketing);
		assertThat(emailability.of(List.of(id), Purpose.TRANSACTIONAL)).isEqualTo(Map.of(id, new Emailability(transactional)));
		assertThat(emailability.of(List.of(id), Purpose.MARKETING)).isEqualTo(Map.of(id, new Emailability(marketing)));
		Map<String, @Nullable Object> view = jdbc.sql("SELECT * FROM contact_emailability WHERE contact_id = :id")
				.param("id", id).query().singleRow();
		// only a well-formed address is beyond SQL: the view lets it through for the sender to ask
		assertThat(view.get("transactional_reason")).as("view, transactional").isEqualTo(inView(transactional));
		assertThat(view.get("marketing_reason")).as("view, marketing").isEqualTo(inView(marketing));
	}

	private static @Nullable String inView(@Nullable Reason reason) {
		return reason == null || reason == Reason.INVALID_EMAIL ? null : reason.name();
	}

	private UUID create(UUID account, @Nullable String email, boolean doNotEmail, boolean optedIn) {
		ContactDetails details = new ContactDetails("Ada", null, "Lovelace " + TestData.suffix(), null, Set.of(),
				Stage.LEAD, email, List.of(), null, null, PreferredChannel.ANY, doNotEmail, false, false, optedIn, false,
				Set.of(), List.of());
		return contacts.create(account, new NewContact(details, true, false, false, null, true)).id();
	}
}
