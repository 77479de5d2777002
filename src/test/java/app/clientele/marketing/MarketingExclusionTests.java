package app.clientele.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import app.clientele.contacts.Emailability;
import app.clientele.contacts.Emailability.Reason;
import org.junit.jupiter.api.Test;

/**
 * Why a list member is left out of campaigns: the contact's marketing emailability first (its
 * reasons are pinned in EmailabilityTests), then marketing's own unsubscribes.
 */
class MarketingExclusionTests {

	static final Emailability ALLOWED = new Emailability(null);

	@Test
	void includesAMemberWhoMayBeEmailedAndDidNotUnsubscribe() {
		assertThat(MarketingLists.exclusion(ALLOWED, false)).isNull();
	}

	@Test
	void excludesUnsubscribedMember() {
		assertThat(MarketingLists.exclusion(ALLOWED, true)).isEqualTo("UNSUBSCRIBED");
	}

	@Test
	void namesTheContactsReasonBeforeTheUnsubscribe() {
		assertThat(MarketingLists.exclusion(new Emailability(Reason.ARCHIVED), true)).isEqualTo("ARCHIVED");
		assertThat(MarketingLists.exclusion(new Emailability(Reason.NOT_OPTED_IN), true)).isEqualTo("NOT_OPTED_IN");
	}

	@Test
	void showsAnInvalidAddressAsNoEmail() {
		assertThat(MarketingLists.exclusion(new Emailability(Reason.INVALID_EMAIL), false)).isEqualTo("NO_EMAIL");
	}
}
