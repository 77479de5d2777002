package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharedMailboxesTests {

	@ParameterizedTest
	@ValueSource(strings = { "info@acme.com", "Sales@acme.com", "office@acme.com", "admin@acme.com", "billing@acme.com",
			"support@acme.com", "contact@acme.com", "hello@acme.com", "team@acme.com", "accounts@acme.com",
			"noreply@acme.com", "no-reply@acme.com", "sales+emea@acme.com", "customer.service@acme.com" })
	void roleAddressesAreShared(String email) {
		assertThat(SharedMailboxes.isShared(email)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ada@acme.com", "john.smith@acme.com", "info.desk.jane@acme.com", "not-an-email" })
	void peopleAreNot(String email) {
		assertThat(SharedMailboxes.isShared(email)).isFalse();
	}
}
