package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Staff addresses: any syntactically valid one; customers' addresses keep the public-domain rule. */
class StaffEmailsTests {

	@ParameterizedTest
	@ValueSource(strings = { "admin@company.internal", "admin@intranet.local", "ops@nas.lan", "root@mailhost",
			"first.last+tag@example.com", "o'brien@example.co.uk", "jörg@müller.de", "用户@例子.广告",
			"\"john doe\"@example.internal", "a@b-c.d1", " padded@company.internal " })
	void acceptsAnySyntacticallyValidStaffAddress(String email) {
		assertThat(StaffEmails.isValid(email)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "admin", "admin@", "@company.internal", "a b@company.internal", "a..b@company.internal",
			".a@company.internal", "a.@company.internal", "a@company..internal", "a@-company.internal",
			"a@company-.internal", "a@company.internal.", "a@10.0.0.1", "a@[10.0.0.1]", "a@b@c.internal",
			"a@under_score.internal", "a\u0007@company.internal" })
	void refusesAStaffAddressThatIsNoAddress(String email) {
		assertThat(StaffEmails.isValid(email)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin@company.internal", "admin@intranet.local", "root@mailhost", "ann@example.con" })
	void customerAddressesKeepThePublicDomainRule(String email) {
		assertThat(Emails.isValid(email)).isFalse();
	}

	@Test
	void refusesALabelOverSixtyThreeCharacters() {
		assertThat(StaffEmails.isValid("a@" + "x".repeat(63) + ".internal")).isTrue();
		assertThat(StaffEmails.isValid("a@" + "x".repeat(64) + ".internal")).isFalse();
	}
}
