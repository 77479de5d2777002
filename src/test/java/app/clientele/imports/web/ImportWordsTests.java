package app.clientele.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The import's problems in the words of the person who made the file, not in field names. */
class ImportWordsTests {

	final ImportWords words = new ImportWords(catalogue());

	@Test
	void namesAProblemByTheColumnOfTheFileThatFeedsTheField() {
		Map<String, String> mapping = Map.of("E-Mail-Adresse", "email", "Handy", "phone.MOBILE", "Mobil 2",
				"phone.MOBILE");
		assertThat(words.column("email", mapping)).isEqualTo("E-Mail-Adresse");
		assertThat(words.column("phone.MOBILE", mapping)).as("two columns feed it").isEqualTo("Mobile phone");
		assertThat(words.column("accountNumber", mapping)).as("no column feeds it").isEqualTo("Account number");
		assertThat(words.column("Handy", mapping)).as("a phone's problem comes by its column").isEqualTo("Handy");
		assertThat(words.column("row", mapping)).isEqualTo("Whole row");
		assertThat(words.column("email", Map.of("email", "email"))).as("a vCard's column").isEqualTo("E-mail");
	}

	@Test
	void replacesFieldNamesInTheEnginesSentencesWithTheirLabels() {
		assertThat(words.plain("no column maps to firstName or lastName; a contact needs a name"))
				.isEqualTo("no column maps to First name or Last name; a contact needs a name");
		assertThat(words.plain("kept jobTitle, phone.MOBILE: changed after the import"))
				.isEqualTo("kept Job title, Mobile phone: changed after the import");
		assertThat(words.plain("is not an email address; add the stage and notes"))
				.as("field names that are plain words stay words").isEqualTo("is not an email address; add the stage and notes");
	}

	@Test
	void offersEveryFieldWithALabel() {
		assertThat(words.fields()).allSatisfy(f -> assertThat(words.field(f)).isNotEqualTo(f));
	}

	private static ResourceBundleMessageSource catalogue() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/imports");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
