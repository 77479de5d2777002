package app.clientele.platform;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical form of an email is a fixed point: canonical twice is canonical once. */
class EmailsTests {

	@Property(tries = 5000)
	void theCanonicalFormOfACanonicalFormIsItself(@ForAll String email) {
		String canonical = Emails.canonical(email);
		assertThat(Emails.canonical(canonical)).isEqualTo(canonical);
	}
}
