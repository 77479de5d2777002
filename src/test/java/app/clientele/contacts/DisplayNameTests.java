package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNameTests {

	@Test
	void aDisplayNameKeepsTheMiddleName() {
		assertThat(Contact.displayName("Mary", "Ann", "Smith")).isEqualTo("Mary Ann Smith");
	}

	@Test
	void aDisplayNameWithoutMiddleNameHasOneSpace() {
		assertThat(Contact.displayName("Mary", null, "Smith")).isEqualTo("Mary Smith");
		assertThat(Contact.displayName("Mary", " ", "Smith")).isEqualTo("Mary Smith");
	}
}
