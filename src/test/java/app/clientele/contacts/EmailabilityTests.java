package app.clientele.contacts;

import static app.clientele.contacts.Emailability.Purpose.MARKETING;
import static app.clientele.contacts.Emailability.Purpose.TRANSACTIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import app.clientele.contacts.Emailability.Purpose;
import app.clientele.contacts.Emailability.Reason;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may be emailed, for which purpose, and the first reason that applies when not. */
class EmailabilityTests {

	static final String EMAIL = "ada@example.com";

	@ParameterizedTest
	@EnumSource(Purpose.class)
	void allowsAnActiveOptedInContactWithAValidAddress(Purpose purpose) {
		assertThat(Emailability.of(false, EMAIL, false, true, purpose).allowed()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(Purpose.class)
	void refusesArchivedContactFirst(Purpose purpose) {
		assertThat(reason(true, null, true, false, purpose)).isEqualTo(Reason.ARCHIVED);
	}

	@ParameterizedTest
	@EnumSource(Purpose.class)
	void refusesContactWithoutAnAddress(Purpose purpose) {
		assertThat(reason(false, null, true, false, purpose)).isEqualTo(Reason.NO_EMAIL);
	}

	@ParameterizedTest
	@EnumSource(Purpose.class)
	void refusesContactWithAnAddressThatIsNotValid(Purpose purpose) {
		assertThat(reason(false, "not-an-email", true, false, purpose)).isEqualTo(Reason.INVALID_EMAIL);
		assertThat(reason(false, "", false, true, purpose)).isEqualTo(Reason.INVALID_EMAIL);
		assertThat(reason(false, "ada@localhost", false, true, purpose)).isEqualTo(Reason.INVALID_EMAIL);
	}

	@ParameterizedTest
	@EnumSource(Purpose.class)
	void refusesDoNotEmailEvenWhenOptedIn(Purpose purpose) {
		assertThat(reason(false, EMAIL, true, true, purpose)).isEqualTo(Reason.DO_NOT_EMAIL);
		assertThat(reason(false, EMAIL, true, false, purpose)).isEqualTo(Reason.DO_NOT_EMAIL);
	}

	@Test
	void refusesMarketingToContactWhoNeverOptedIn() {
		assertThat(reason(false, EMAIL, false, false, MARKETING)).isEqualTo(Reason.NOT_OPTED_IN);
	}

	@Test
	void allowsTransactionalEmailWithoutMarketingOptIn() {
		assertThat(reason(false, EMAIL, false, false, TRANSACTIONAL)).isNull();
	}

	@Test
	void showsStaffAnInvalidAddressAsNoEmail() {
		assertThat(Reason.INVALID_EMAIL.shown()).isEqualTo("NO_EMAIL");
		assertThat(Reason.NO_EMAIL.shown()).isEqualTo("NO_EMAIL");
		assertThat(Reason.ARCHIVED.shown()).isEqualTo("ARCHIVED");
		assertThat(Reason.DO_NOT_EMAIL.shown()).isEqualTo("DO_NOT_EMAIL");
		assertThat(Reason.NOT_OPTED_IN.shown()).isEqualTo("NOT_OPTED_IN");
	}

	private static @Nullable Reason reason(boolean archived, @Nullable String email, boolean doNotEmail,
			boolean optedIn, Purpose purpose) {
		return Emailability.of(archived, email, doNotEmail, optedIn, purpose).reason();
	}
}
