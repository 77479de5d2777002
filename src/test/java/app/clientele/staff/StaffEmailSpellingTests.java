package app.clientele.staff;

import java.util.EnumSet;
import java.util.UUID;

import javax.sql.DataSource;

import app.clientele.EmailSpellings;
import app.clientele.EmailSpellings.Spelling;
import app.clientele.TestDatabase;
import app.clientele.platform.SignInThrottle;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff emails have one canonical form for lookup and throttling alike (issue 15): whatever
 * spelling finds a staff user counts against that user's sign-in throttle. Against PostgreSQL,
 * since the lookup is SQL.
 */
class StaffEmailSpellingTests {

	private static final DataSource DATABASE = TestDatabase.migratedDatabase();

	private final JdbcClient jdbc = JdbcClient.create(DATABASE);
	/** Each try in a transaction that is rolled back: it starts from no rows, and costs no commit. */
	private final TransactionTemplate eachTry = new TransactionTemplate(new DataSourceTransactionManager(DATABASE));
	private final StaffUsers users = new StaffUsers(jdbc);

	@Property(tries = 300)
	void everySpellingThatFindsAStaffUserSharesTheirThrottleCount(@ForAll("spellings") Spelling spelling) {
		eachTry.executeWithoutResult(transaction -> {
			UUID id = UUID.randomUUID();
			users.insert(id, spelling.email(), "Victim", EnumSet.of(Role.ADMIN), "{noop}x");
			boolean found = users.byEmail(spelling.typed()).filter(r -> r.member().id().equals(id)).isPresent();
			Statistics.collect(found ? "found" : "not found");
			if (found) {
				assertThat(SignInThrottle.emailKey(StaffManagement.REALM, spelling.typed()))
						.isEqualTo(SignInThrottle.emailKey(StaffManagement.REALM, spelling.email()));
			}
			transaction.setRollbackOnly();
		});
	}

	@Provide
	Arbitrary<Spelling> spellings() {
		return EmailSpellings.spellings();
	}
}
