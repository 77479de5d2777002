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
import net.jqwik.api.lifecycle.BeforeTry;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff emails have one canonical form for lookup and throttling alike (issue 15): whatever
 * spelling finds a staff user counts against that user's sign-in throttle. Against PostgreSQL,
 * since the lookup is SQL.
 */
class StaffEmailSpellingTests {

	private static final DataSource DATABASE = TestDatabase.migratedDatabase();

	private final JdbcClient jdbc = JdbcClient.create(DATABASE);
	private final StaffUsers users = new StaffUsers(jdbc);

	@BeforeTry
	void noStaff() {
		jdbc.sql("DELETE FROM staff").update();
	}

	@Property(tries = 250)
	void everySpellingThatFindsAStaffUserSharesTheirThrottleCount(@ForAll("spellings") Spelling spelling) {
		UUID id = UUID.randomUUID();
		users.insert(id, spelling.email(), "Victim", EnumSet.of(Role.ADMIN), "{noop}x");
		boolean found = users.byEmail(spelling.typed()).filter(r -> r.member().id().equals(id)).isPresent();
		Statistics.collect(found ? "found" : "not found");
		if (found) {
			assertThat(SignInThrottle.emailKey(StaffManagement.REALM, spelling.typed()))
					.isEqualTo(SignInThrottle.emailKey(StaffManagement.REALM, spelling.email()));
		}
	}

	@Provide
	Arbitrary<Spelling> spellings() {
		return EmailSpellings.spellings();
	}
}
