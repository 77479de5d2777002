package app.clientele.portal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Portal logins have one canonical email form for lookup and throttling alike (issue 15):
 * whatever spelling finds a contact's login counts against that login's sign-in throttle.
 * Against PostgreSQL, since the lookup is SQL.
 */
class PortalEmailSpellingTests {

	private static final DataSource DATABASE = TestDatabase.migratedDatabase();

	private final JdbcClient jdbc = JdbcClient.create(DATABASE);
	/** Each try in a transaction that is rolled back: it starts from no rows, and costs no commit. */
	private final TransactionTemplate eachTry = new TransactionTemplate(new DataSourceTransactionManager(DATABASE));
	private final PortalAccesses accesses = new PortalAccesses(jdbc, new PortalClock());

	@Property(tries = 300)
	void everySpellingThatFindsAPortalLoginSharesItsThrottleCount(@ForAll("spellings") Spelling spelling) {
		eachTry.executeWithoutResult(transaction -> {
			UUID id = UUID.randomUUID();
			jdbc.sql("INSERT INTO contact (id, first_name, last_name, email) VALUES (:id, 'Vic', 'Tim', :email)")
					.param("id", id).param("email", spelling.email()).update();
			accesses.ensure(id);
			accesses.invited(id, spelling.email(), Instant.now().plus(1, ChronoUnit.DAYS));
			boolean found = accesses.byLoginEmail(spelling.typed()).filter(a -> a.contactId().equals(id)).isPresent();
			Statistics.collect(found ? "found" : "not found");
			if (found) {
				assertThat(SignInThrottle.emailKey(PortalSignIn.REALM, spelling.typed()))
						.isEqualTo(SignInThrottle.emailKey(PortalSignIn.REALM, spelling.email()));
			}
			transaction.setRollbackOnly();
		});
	}

	@Provide
	Arbitrary<Spelling> spellings() {
		return EmailSpellings.spellings();
	}
}
