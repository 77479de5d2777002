package app.clientele.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Why a list member is left out of campaigns: the first reason that applies, in this order. */
class MarketingExclusionTests {

	static final String EMAIL = "ada@example.com";

	@Test
	void includesAnOptedInActiveMemberWithAnEmail() {
		assertThat(MarketingLists.exclusion(false, EMAIL, false, true, false)).isNull();
	}

	@Test
	void excludesArchivedMemberFirst() {
		assertThat(MarketingLists.exclusion(true, "", true, false, true)).isEqualTo("ARCHIVED");
	}

	@Test
	void excludesMemberWithoutAValidEmail() {
		assertThat(MarketingLists.exclusion(false, null, false, true, false)).isEqualTo("NO_EMAIL");
		assertThat(MarketingLists.exclusion(false, "not-an-email", false, true, false)).isEqualTo("NO_EMAIL");
	}

	@Test
	void excludesDoNotEmailEvenWhenOptedIn() {
		assertThat(MarketingLists.exclusion(false, EMAIL, true, true, false)).isEqualTo("DO_NOT_EMAIL");
	}

	@Test
	void excludesMemberWhoNeverOptedIn() {
		assertThat(MarketingLists.exclusion(false, EMAIL, false, false, false)).isEqualTo("NOT_OPTED_IN");
	}

	@Test
	void namesTheFirstReasonThatApplies() {
		assertThat(MarketingLists.exclusion(false, "", true, false, true)).isEqualTo("NO_EMAIL");
		assertThat(MarketingLists.exclusion(false, EMAIL, true, false, true)).isEqualTo("DO_NOT_EMAIL");
		assertThat(MarketingLists.exclusion(false, EMAIL, false, false, true)).isEqualTo("NOT_OPTED_IN");
	}

	@Test
	void excludesUnsubscribedMember() {
		assertThat(MarketingLists.exclusion(false, EMAIL, false, true, true)).isEqualTo("UNSUBSCRIBED");
	}
}
