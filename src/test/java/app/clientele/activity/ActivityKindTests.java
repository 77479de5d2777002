package app.clientele.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.clientele.platform.InvalidInput;
import org.junit.jupiter.api.Test;

/** Which kind the contact page's filter files each timeline entry under. */
class ActivityKindTests {

	@Test
	void commentsEmailsPortalAndEverythingElseIsAChange() {
		assertThat(ActivityKind.of("COMMENT")).isEqualTo(ActivityKind.COMMENTS);
		assertThat(ActivityKind.of("EMAIL_SENT")).isEqualTo(ActivityKind.EMAILS);
		assertThat(ActivityKind.of("CAMPAIGN_SENT")).isEqualTo(ActivityKind.EMAILS);
		assertThat(ActivityKind.of("DOCUMENT_SENT")).isEqualTo(ActivityKind.EMAILS);
		assertThat(ActivityKind.of("PORTAL_INVITED")).isEqualTo(ActivityKind.PORTAL);
		assertThat(ActivityKind.of("CREDENTIAL_LINK_SHOWN_IN_MAILBOX")).isEqualTo(ActivityKind.PORTAL);
		assertThat(ActivityKind.of("UPDATED")).isEqualTo(ActivityKind.CHANGES);
		assertThat(ActivityKind.of("ADDED_TO_MARKETING_LIST")).isEqualTo(ActivityKind.CHANGES);
	}

	@Test
	void refusesAKindItDoesNotKnowNamingTheParameter() {
		assertThat(ActivityKind.parse(" Emails ")).isEqualTo(ActivityKind.EMAILS);
		assertThat(ActivityKind.parse("")).isNull();
		assertThatThrownBy(() -> ActivityKind.parse("gossip")).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("kind"));
	}
}
