package app.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scan of a page's words catches what it is there to catch, and passes what people write. */
class PlainWordsTests {

	@Test
	void collectsTheConstantsOfTheApplicationsEnumsOnly() {
		// DESKTOP is a constant of the tests' Browser.Window only (its PHONE is a custom field type too)
		assertThat(PlainWords.codes()).contains("NOT_INVITED", "BUYER", "CLIENT", "ANY", "WORK", "LEAD", "ADMIN",
				"CREDIT_NOTE", "QUEUED").doesNotContain("DESKTOP");
	}

	@Test
	void findsCodesFieldPathsFieldNamesAndMissingMessages() {
		assertThat(PlainWords.problems("Portal NOT_INVITED · Business roles BUYER, OWNER")).containsExactly(
				"code NOT_INVITED", "code BUYER", "code OWNER");
		assertThat(PlainWords.problems("Phones[0].number is not a phone number we can read")).contains(
				"field path Phones[0].number");
		assertThat(PlainWords.problems("jobTitle: Buyer → Owner")).containsExactly("field name jobTitle");
		assertThat(PlainWords.problems("send again with confirmNotDuplicate: true")).containsExactly(
				"field name confirmNotDuplicate");
		assertThat(PlainWords.problems("Stage ??label.Stage.CLIENT_en??")).containsExactly(
				"missing message ??label.Stage.CLIENT_en??");
	}

	@Test
	void passesWordsWrittenForPeople() {
		assertThat(PlainWords.problems("""
				Job title: Buyer → Owner. Portal: Not invited. Any channel. USD 1,999.99 due 2027-01-31.
				Hello {{contactFirstName}}, see https://example.com/portal/activate?token=abCdEf or write to
				ada.lovelace@example.com. WhatsApp, SMTP, INV-1042, Message-ID.
				Possible duplicates: same email, same phone, name 0.86 similar, same name.
				""")).isEmpty();
		assertThat(PlainWords.problems("Why: SAME_EMAIL")).containsExactly("code SAME_EMAIL");
	}
}
