package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderValuesTests {

	@Test
	void lineBreaksAndControlCharactersBecomeOneSpace() {
		assertThat(HeaderValues.clean("Eve\r\nBcc: spy@evil.example")).isEqualTo("Eve Bcc: spy@evil.example");
		assertThat(HeaderValues.clean(" a\rb\nc\u0000d\u2028e\u0085f\t g ")).isEqualTo("a b c d e f g");
	}

	@Test
	void extraHeadersHavePlainNamesAndNeverReplaceTheOnesMailSets() {
		assertThat(HeaderValues.allowedName("List-Unsubscribe")).isTrue();
		assertThat(HeaderValues.allowedName("List-Unsubscribe-Post")).isTrue();
		assertThat(HeaderValues.allowedName("X-A\r\nBcc")).isFalse();
		assertThat(HeaderValues.allowedName("X A")).isFalse();
		assertThat(HeaderValues.allowedName("bcc")).isFalse();
		assertThat(HeaderValues.allowedName("Message-ID")).isFalse();
		assertThat(HeaderValues.allowedName("Content-Disposition")).isFalse();
	}
}
