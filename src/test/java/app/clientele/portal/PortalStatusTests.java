package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import app.clientele.contacts.ContactPortalStatus;
import org.junit.jupiter.api.Test;

class PortalStatusTests {

	/** Contacts cannot name the portal's enum, so its portalStatus filter keeps its own list: the same one. */
	@Test
	void contactListsFilterByEveryPortalStatus() {
		assertThat(ContactPortalStatus.STATUSES).containsExactlyElementsOf(
				Arrays.stream(PortalStatus.values()).map(Enum::name).toList());
	}
}
