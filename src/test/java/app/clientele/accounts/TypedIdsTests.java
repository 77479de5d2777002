package app.clientele.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.UUID;

import app.clientele.contacts.ContactId;
import org.junit.jupiter.api.Test;

/** Typed ids read as their UUID, so messages, URLs and JSON built from them do not change. */
class TypedIdsTests {

	@Test
	void typedIdsReadAsTheirUuid() {
		UUID id = UUID.randomUUID();
		assertThat(new AccountId(id)).hasToString(id.toString());
		assertThat(new SiteId(id)).hasToString(id.toString());
		assertThat(new ContactId(id)).hasToString(id.toString());
	}

	@Test
	void typedIdsRefuseNull() {
		assertThatNullPointerException().isThrownBy(() -> new AccountId(null));
		assertThatNullPointerException().isThrownBy(() -> new SiteId(null));
		assertThatNullPointerException().isThrownBy(() -> new ContactId(null));
	}
}
